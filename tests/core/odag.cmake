# ODAG domain types and codecs (Qlik Cloud and Qlik Sense Enterprise).
odag_add_test(NAME tst_odag_codecs SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_odag_codecs.cpp
              ${CMAKE_CURRENT_LIST_DIR}/OdagFixtures.h LIBS odag::core)
odag_add_test(NAME tst_odag_types SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_odag_types.cpp LIBS odag::core)
odag_add_test(NAME tst_odag_qse SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_odag_qse.cpp
              ${CMAKE_CURRENT_LIST_DIR}/OdagFixtures.h LIBS odag::core)
