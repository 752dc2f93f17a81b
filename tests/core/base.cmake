odag_add_test(NAME tst_json SOURCES tst_json.cpp LIBS odag::core)
odag_add_test(NAME tst_json_fast_paths SOURCES tst_json_fast_paths.cpp LIBS odag::core)
