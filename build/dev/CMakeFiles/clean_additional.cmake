# Additional clean files
cmake_minimum_required(VERSION 3.16)

if("${CONFIG}" STREQUAL "" OR "${CONFIG}" STREQUAL "Debug")
  file(REMOVE_RECURSE
  "src/api/CMakeFiles/odag_api_autogen.dir/AutogenUsed.txt"
  "src/api/CMakeFiles/odag_api_autogen.dir/ParseCache.txt"
  "src/api/odag_api_autogen"
  "src/core/CMakeFiles/odag_core_autogen.dir/AutogenUsed.txt"
  "src/core/CMakeFiles/odag_core_autogen.dir/ParseCache.txt"
  "src/core/odag_core_autogen"
  "tests/core/CMakeFiles/tst_json_autogen.dir/AutogenUsed.txt"
  "tests/core/CMakeFiles/tst_json_autogen.dir/ParseCache.txt"
  "tests/core/tst_json_autogen"
  "tests/support/CMakeFiles/odag_test_support_autogen.dir/AutogenUsed.txt"
  "tests/support/CMakeFiles/odag_test_support_autogen.dir/ParseCache.txt"
  "tests/support/odag_test_support_autogen"
  )
endif()
