# `cpack --config build/CPackConfig.cmake` (scripts/package) makes a Debian
# package of cmake/Install.cmake's layout under /usr. dpkg-shlibdeps writes
# Depends from the libraries the binaries link: libpython3.11 (whose stdlib
# the runner embeds), yaml-cpp, libseccomp, Boost.Filesystem, libstdc++, libc.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME pyjudge)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "sandboxed judge for Python coding exercises")
set(CPACK_PACKAGE_DESCRIPTION
    "pyjudge runs a learner's Python solution in a locked-down process (namespaces, Landlock, seccomp, rlimits) and judges it against an exercise's tests outside the sandbox. It ships a sealed catalog of exercises.")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "pyjudge developers <pyjudge@example.invalid>" CACHE STRING "The .deb's Maintainer field")
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # pyjudge_VERSION_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
include(CPack)
