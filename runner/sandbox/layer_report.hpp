// What each sandbox layer did for a submission: reported to the judge, shown
// by `pyjudge doctor`, and checked by --require-sandbox. A layer that cannot be
// applied says why instead of silently not being there.
#pragma once

#include <set>
#include <string>
#include <vector>

namespace pyjudge::runner {

struct LayerStatus {
  std::string name;  // as in judge/run/sandbox_layers.hpp (kAllLayers)
  bool active = false;
  std::string detail;  // why it is missing, or what it covers
};

class LayerReport {
 public:
  explicit LayerReport(std::set<std::string> disabled = {}) : disabled_(std::move(disabled)) {}
  // True when the layer should be applied (not disabled for this job).
  bool wanted(const std::string& name) const { return !disabled_.count(name); }
  void active(const std::string& name, const std::string& detail = "");
  void missing(const std::string& name, const std::string& why);
  // Records a layer that was switched off for this job (tests of degraded hosts).
  bool skip_if_disabled(const std::string& name);
  // Whether `name` has been reported active so far.
  bool active_layer(const std::string& name) const;
  const std::vector<LayerStatus>& layers() const { return layers_; }

 private:
  std::set<std::string> disabled_;
  std::vector<LayerStatus> layers_;
};

// "what: strerror(errno)"
std::string errno_text(const std::string& what);

}  // namespace pyjudge::runner
