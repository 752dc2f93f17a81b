# ODAG rules: context expressions, property resolution, durations, generated-app names,
# template-script bindings and link lint. Pure QtCore.
target_sources(odag_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/rules/AppNameFormat.cpp ${CMAKE_CURRENT_LIST_DIR}/rules/AppNameFormat.h
  ${CMAKE_CURRENT_LIST_DIR}/rules/ContextExpression.cpp ${CMAKE_CURRENT_LIST_DIR}/rules/ContextExpression.h
  ${CMAKE_CURRENT_LIST_DIR}/rules/IsoDuration.cpp ${CMAKE_CURRENT_LIST_DIR}/rules/IsoDuration.h
  ${CMAKE_CURRENT_LIST_DIR}/rules/LinkLint.cpp ${CMAKE_CURRENT_LIST_DIR}/rules/LinkLint.h
  ${CMAKE_CURRENT_LIST_DIR}/rules/PropertyResolver.cpp ${CMAKE_CURRENT_LIST_DIR}/rules/PropertyResolver.h
  ${CMAKE_CURRENT_LIST_DIR}/rules/ScriptBindings.cpp ${CMAKE_CURRENT_LIST_DIR}/rules/ScriptBindings.h
  ${CMAKE_CURRENT_LIST_DIR}/rules/Severity.cpp ${CMAKE_CURRENT_LIST_DIR}/rules/Severity.h
)
