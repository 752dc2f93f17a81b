src/core/odag_core_autogen/timestamp: \
  /work/main/src/core/CMakeLists.txt \
  /work/main/src/core/DateTime.h \
  /work/main/src/core/Json.cpp \
  /work/main/src/core/Json.h \
  /work/main/src/core/Logging.cpp \
  /work/main/src/core/Logging.h \
  /work/main/src/core/OdagCommon.h \
  /work/main/src/core/OpenEnum.h \
  /work/main/src/core/Result.h \
  /usr/bin/cmake
