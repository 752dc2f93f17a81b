# ODAG rules: context expressions, property resolution, durations, names, script bindings, lint.
foreach(t context_expression property_resolver iso_duration app_name_format script_bindings link_lint)
  odag_add_test(NAME tst_rules_${t} SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_rules_${t}.cpp
                ${CMAKE_CURRENT_LIST_DIR}/OdagFixtures.h LIBS odag::core)
endforeach()
