# Qlik Cloud /api/v1 and engine shapes.
odag_add_test(NAME tst_v1_roundtrip SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_v1_roundtrip.cpp LIBS odag::core)
odag_add_test(NAME tst_v1_shapes SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_v1_shapes.cpp LIBS odag::core)
