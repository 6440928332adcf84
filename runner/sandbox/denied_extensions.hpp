// Extension modules no submission may load: ctypes gives raw memory access
// (a candidate could read the result seal's key), and CPython's C-API test
// modules (_test*, _xx*, xxlimited*) exist only to poke at the interpreter.
// Landlock refuses to open them; the private root hides them.
#pragma once

#include <filesystem>

namespace pyjudge::runner {

// True for a file whose name marks it as such a module (any extension).
bool is_denied_extension(const std::filesystem::path& file);

}  // namespace pyjudge::runner
