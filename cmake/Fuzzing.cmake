# libFuzzer targets (docs/fuzzing.md). Built only with -DPYJUDGE_FUZZ=ON and
# clang; scripts/fuzz configures build-fuzz/ this way and runs them.
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "PYJUDGE_FUZZ needs clang: configure with -DCMAKE_CXX_COMPILER=clang++")
endif()

# The sources under test are compiled again with sanitizers and coverage
# instrumentation. UBSan findings abort instead of printing and carrying on.
set(PYJUDGE_SANITIZERS -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)

# A static library of SOURCES built for fuzzing.
function(pyjudge_fuzz_library name)
  add_library(${name} STATIC ${ARGN})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
  target_compile_options(${name} PUBLIC ${PYJUDGE_SANITIZERS} PRIVATE -fsanitize=fuzzer-no-link)
  target_link_options(${name} PUBLIC ${PYJUDGE_SANITIZERS})
endfunction()

# A libFuzzer executable from one source file, linked with LIBRARIES.
function(pyjudge_fuzz_target name source)
  add_executable(${name} ${source})
  target_link_libraries(${name} PRIVATE ${ARGN})
  target_compile_options(${name} PRIVATE -fsanitize=fuzzer)
  target_link_options(${name} PRIVATE -fsanitize=fuzzer)
endfunction()
