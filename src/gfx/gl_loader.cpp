// Desktop only: the GL 3.3 entry points, through the small loader (gl3w) that ships with Dear ImGui's
// OpenGL3 backend; the backend itself is not used (gfx/imgui_renderer.h draws ImGui).
#include <cstdio>  // the loader uses sscanf without including it
#define IMGL3W_IMPL
#include "gfx/gl.h"

namespace portfolio::gfx {

bool LoadGlFunctions() { return imgl3wInit() == 0 && imgl3wIsSupported(3, 3); }

}  // namespace portfolio::gfx
