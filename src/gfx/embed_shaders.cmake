# Script mode: writes OUT, a C++ file defining portfolio::gfx::FindShaderSource(name) over FILES.
set(body "// Generated from shaders/*.glsl by src/gfx/embed_shaders.cmake. Do not edit.\n#include \"gfx/shader.h\"\n#include <cstring>\nnamespace portfolio::gfx {\nconst char* FindShaderSource(const char* name) {\n")
foreach(f ${FILES})
  get_filename_component(name ${f} NAME)
  file(READ ${f} src)
  string(APPEND body "    if (std::strcmp(name, \"${name}\") == 0) return R\"glsl(${src})glsl\";\n")
endforeach()
string(APPEND body "    return nullptr;\n}\n}  // namespace portfolio::gfx\n")
file(WRITE ${OUT} "${body}")
