#include "judge/spec/sealed_value.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

#include "judge/text/sha256.hpp"
#include "protocol/value_codec.hpp"

namespace pyjudge {
namespace {

constexpr std::size_t kSaltBytes = 16;

bool is_collection(const Value& v) {
  return v.is_sequence() || v.kind == Value::Kind::Set || v.kind == Value::Kind::FrozenSet;
}

// Values that compare equal must encode alike: one zero and one nan.
void normalise_floats(Value& v) {
  if (v.kind == Value::Kind::Float) {
    if (std::isnan(v.number)) v.number = std::numeric_limits<double>::quiet_NaN();
    else if (v.number == 0.0) v.number = 0.0;
  }
  for (auto& item : v.items) normalise_floats(item);
}

// The container's elements in canonical order, as a bag: canonical_form sorts
// a frozenset's elements (keeping repeats), so sort them as one.
Value sorted_elements(const Value& container) {
  Value form = canonical_form(Value::sequence(Value::Kind::FrozenSet, container.items));
  form.kind = container.kind;
  return form;
}

std::string encoded(const Value& v) {
  wire::Writer writer;
  wire::encode_value(writer, v);
  return writer.take();
}

// Sorted elements that are equal now encode alike and stand side by side.
void drop_repeats(Value& sorted) {
  std::vector<Value> kept;
  std::string last;
  for (auto& item : sorted.items) {
    std::string bytes = encoded(item);
    if (!kept.empty() && bytes == last) continue;
    kept.push_back(std::move(item));
    last = std::move(bytes);
  }
  sorted.items = std::move(kept);
}

std::string digest(std::string_view salt, std::string_view domain, std::string_view payload) {
  std::string message;
  message.append(salt).push_back('\0');
  message.append(domain).push_back('\0');
  message.append(payload);
  return sha256_hex(message);
}

bool all_hex(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

}  // namespace

std::string new_salt() {
  std::random_device random;  // the kernel's random source
  std::string bytes;
  for (std::size_t i = 0; i < kSaltBytes; ++i) bytes.push_back(static_cast<char>(random() & 0xff));
  return hex_digits(bytes);
}

std::optional<std::string> observation_digest(const Value& value, Comparator compare, std::string_view salt) {
  if (compare == Comparator::Approx) return std::nullopt;
  const bool as_bag = compare == Comparator::Unordered || compare == Comparator::Set;
  if (as_bag && !is_collection(value)) return std::nullopt;
  Value form = as_bag ? sorted_elements(value) : canonical_form(value);
  normalise_floats(form);
  if (compare == Comparator::Set) drop_repeats(form);
  return digest(salt, "observation", encoded(form));
}

std::string stdout_digest(std::string_view text, std::string_view salt) { return digest(salt, "stdout", text); }

bool is_salt(std::string_view text) { return text.size() == 2 * kSaltBytes && all_hex(text); }

bool is_digest(std::string_view text) { return text.size() == 64 && all_hex(text); }

}  // namespace pyjudge
