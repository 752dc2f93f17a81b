# The one version number: every program prints the CMake project's version.
# cmake -DVERSION=x.y.z -DPROGRAMS="path;path" -P check-version.cmake  (portable: also on Windows)
foreach(program IN LISTS PROGRAMS)
  get_filename_component(name "${program}" NAME_WE)
  execute_process(COMMAND "${program}" --version
                  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc
                  OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${program} --version failed (${rc}): ${err}")
  endif()
  if(NOT out STREQUAL "${name} ${VERSION}")
    message(FATAL_ERROR "${program} --version printed '${out}', expected '${name} ${VERSION}'")
  endif()
  message(STATUS "${out}")
endforeach()
