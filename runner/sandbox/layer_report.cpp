#include "runner/sandbox/layer_report.hpp"

#include <cerrno>
#include <cstring>

namespace pyjudge::runner {

void LayerReport::active(const std::string& name, const std::string& detail) { layers_.push_back({name, true, detail}); }

void LayerReport::missing(const std::string& name, const std::string& why) { layers_.push_back({name, false, why}); }

bool LayerReport::skip_if_disabled(const std::string& name) {
  if (wanted(name)) return false;
  missing(name, "disabled for this run (PYJUDGE_DISABLE_LAYERS)");
  return true;
}

bool LayerReport::active_layer(const std::string& name) const {
  for (const auto& layer : layers_)
    if (layer.name == name) return layer.active;
  return false;
}

std::string errno_text(const std::string& what) { return what + ": " + std::strerror(errno); }

}  // namespace pyjudge::runner
