# CMake generated Testfile for 
# Source directory: /work/main/tests/api
# Build directory: /work/main/build/dev/tests/api
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
