// Serialises observe(value) by exact type through the C API (invariant 2,
// docs/architecture.md). No method of the candidate's objects is ever called: subclasses
// of builtins and other objects become "unsupported type X" observations.
#pragma once

#include <Python.h>

#include <cstdint>
#include <string>

#include "protocol/wire.hpp"

namespace pyjudge::runner {

class ObservationEncoder {
 public:
  explicit ObservationEncoder(std::size_t budget_bytes) : budget_(budget_bytes) {}
  // Snapshots the value now, so later mutation by the candidate changes nothing.
  void observe(PyObject* value);
  std::uint32_t count() const { return count_; }
  const std::string& bytes() const { return out_.data(); }

 private:
  void encode(wire::Writer& w, PyObject* value, int depth);
  void encode_items(wire::Writer& w, std::uint8_t tag, PyObject* container, int depth);
  void check_budget(const wire::Writer& w, std::size_t more) const;

  wire::Writer out_;
  std::size_t budget_;
  std::uint32_t count_ = 0;
  bool exhausted_ = false;
};

}  // namespace pyjudge::runner
