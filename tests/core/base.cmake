odag_add_test(NAME tst_json SOURCES tst_json.cpp LIBS odag::core)
