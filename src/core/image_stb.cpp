// stb_image's implementation, alone in this file so it compiles without the project's warning flags.
// PNG and JPEG only (smaller download); files are read by the caller, so no stdio.
#define STB_IMAGE_IMPLEMENTATION
#define STBI_ONLY_PNG
#define STBI_ONLY_JPEG
#define STBI_NO_STDIO
#define STBI_NO_LINEAR
#define STBI_NO_HDR
#define STBI_MAX_DIMENSIONS 16384
#include "stb/stb_image.h"
