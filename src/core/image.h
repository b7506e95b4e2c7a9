// Images named by the profile (the avatar, project images): read from files next to the profile
// (on the web: the bundled data) and decoded to RGBA with stb_image. PNG and JPEG only; remote URLs
// are not fetched (the page works offline and under a strict CSP). Never throws, never aborts.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace portfolio {

struct RgbaImage {
    int width = 0;
    int height = 0;
    std::vector<unsigned char> pixels;  // width * height * 4 bytes, top row first, straight alpha
};

struct ImageLimits {
    std::size_t max_file_bytes = 8u << 20;  // a larger file is refused unread
    int max_side = 8192;                    // larger images are refused before decoding
    int max_stored_side = 512;              // decoded images are scaled down to this (drawn at most ~340 px)
};

// Decodes PNG or JPEG bytes to RGBA, scaled down (area average) so that neither side exceeds
// limits.max_stored_side. On failure returns false and a reason a person can act on.
bool DecodeImage(std::string_view bytes, RgbaImage& out, std::string& error, const ImageLimits& limits = {});

// Scales down by area averaging (alpha-weighted, so transparent pixels do not darken edges): to fit
// max_side keeping the proportions, or to exactly width x height (never up: each is at most the source's).
RgbaImage ScaleDown(const RgbaImage& image, int max_side);
RgbaImage ScaleTo(const RgbaImage& image, int width, int height);

// The file an image reference names: "" with a reason when it names none we read (a URL, data: ...).
// Relative references are relative to the profile's folder.
std::string ResolveImagePath(std::string_view reference, const std::string& base_dir, std::string& why_not);

}  // namespace portfolio
