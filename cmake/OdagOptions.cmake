# One INTERFACE target carries the language standard, warnings and the strict Qt
# defines; every library, executable and test links it.
add_library(odag_options INTERFACE)
add_library(odag::options ALIAS odag_options)

target_compile_features(odag_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(odag_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_USE_QSTRINGBUILDER
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_FOREACH
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  ODAG_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(odag_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
    -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
  if(ODAG_WARNINGS_AS_ERRORS)
    target_compile_options(odag_options INTERFACE -Werror)
  endif()
  if(ODAG_FUZZ)
    # Coverage guidance inside the libraries the fuzzers exercise.
    target_compile_options(odag_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(odag_options INTERFACE -fsanitize=address,undefined)
  endif()
  if(ODAG_SANITIZE)
    target_compile_options(odag_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(odag_options INTERFACE -fsanitize=address,undefined)
  endif()
elseif(MSVC)
  target_compile_options(odag_options INTERFACE /W4 /permissive- /utf-8)
  if(ODAG_WARNINGS_AS_ERRORS)
    target_compile_options(odag_options INTERFACE /WX)
  endif()
endif()
