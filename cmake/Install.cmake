# `cmake --install build --prefix P` lays out a pyjudge that runs from anywhere,
# P included after a move: the binary finds its parts relative to itself
# (judge/install/layout.hpp, which gets the same two folders below).
#
#   P/bin/pyjudge
#   P/libexec/pyjudge/pyjudge-runner                 PYJUDGE_RUNNER_DIR
#   P/share/pyjudge/exercises/                       PYJUDGE_CATALOG_DIR: the sealed catalog
#   P/share/doc/pyjudge/README.md, docs/
#   P/share/bash-completion/completions/pyjudge

# The learners' copy of the catalog (`pyjudge seal`), sealed again whenever an
# exercise or pyjudge changes. The source tree stays plain for authors.
file(GLOB_RECURSE PYJUDGE_CATALOG_FILES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/exercises/*)
set(PYJUDGE_SEALED_CATALOG ${CMAKE_BINARY_DIR}/sealed-exercises)
add_custom_command(
  OUTPUT ${PYJUDGE_SEALED_CATALOG}.stamp
  COMMAND ${CMAKE_COMMAND} -E rm -rf ${PYJUDGE_SEALED_CATALOG}
  COMMAND pyjudge seal ${PROJECT_SOURCE_DIR}/exercises ${PYJUDGE_SEALED_CATALOG}
  COMMAND ${CMAKE_COMMAND} -E touch ${PYJUDGE_SEALED_CATALOG}.stamp
  DEPENDS pyjudge ${PYJUDGE_CATALOG_FILES}
  COMMENT "Sealing the catalog for installation")
add_custom_target(pyjudge_sealed_catalog ALL DEPENDS ${PYJUDGE_SEALED_CATALOG}.stamp)

install(TARGETS pyjudge RUNTIME DESTINATION bin)
install(TARGETS pyjudge-runner RUNTIME DESTINATION ${PYJUDGE_RUNNER_DIR})
install(DIRECTORY ${PYJUDGE_SEALED_CATALOG}/ DESTINATION ${PYJUDGE_CATALOG_DIR})
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION share/doc/pyjudge)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION share/doc/pyjudge/docs)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/pyjudge.bash-completion
        DESTINATION share/bash-completion/completions RENAME pyjudge)
