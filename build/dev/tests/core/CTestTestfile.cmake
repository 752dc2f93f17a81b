# CMake generated Testfile for 
# Source directory: /work/main/tests/core
# Build directory: /work/main/build/dev/tests/core
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
add_test([=[tst_json]=] "/work/main/build/dev/tests/core/tst_json")
set_tests_properties([=[tst_json]=] PROPERTIES  ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=odag.*.debug=false" LABELS "" TIMEOUT "300" _BACKTRACE_TRIPLES "/work/main/tests/CMakeLists.txt;18;add_test;/work/main/tests/core/base.cmake;1;odag_add_test;/work/main/tests/core/base.cmake;0;;/work/main/tests/core/CMakeLists.txt;2;include;/work/main/tests/core/CMakeLists.txt;0;")
