#include "core/image.h"

#include <algorithm>
#include <cstdio>
#include <memory>

#include "core/files.h"
#include "core/json_locate.h"
#include "core/load.h"
#include "core/text.h"
#include "stb/stb_image.h"

namespace portfolio {
namespace {

// What the first bytes say the file is, for a message that names the format.
std::string_view SniffFormat(std::string_view b) {
    auto starts = [&](std::string_view magic) { return b.substr(0, magic.size()) == magic; };
    if (starts("\x89PNG\r\n\x1A\n")) return "PNG";
    if (starts("\xFF\xD8\xFF")) return "JPEG";
    if (starts("GIF87a") || starts("GIF89a")) return "GIF";
    if (starts("RIFF") && b.substr(8, 4) == "WEBP") return "WebP";
    if (starts("BM")) return "BMP";
    if (b.substr(4, 8) == "ftypavif") return "AVIF";
    const std::string_view t = Trim(b.substr(0, 256));
    if (t.substr(0, 4) == "<svg" || t.substr(0, 5) == "<?xml") return "SVG";
    return {};
}

}  // namespace

RgbaImage ScaleDown(const RgbaImage& image, int max_side) {
    const int longest = std::max(image.width, image.height);
    if (longest <= max_side || max_side <= 0) return image;
    const double scale = static_cast<double>(max_side) / longest;
    return ScaleTo(image, std::max(1, static_cast<int>(image.width * scale + 0.5)), std::max(1, static_cast<int>(image.height * scale + 0.5)));
}

RgbaImage ScaleTo(const RgbaImage& image, int width, int height) {
    RgbaImage out;
    if (image.width <= 0 || image.height <= 0 || width <= 0 || height <= 0) return out;
    out.width = std::min(width, image.width);
    out.height = std::min(height, image.height);
    out.pixels.resize(static_cast<std::size_t>(out.width) * static_cast<std::size_t>(out.height) * 4);
    // Each output pixel averages the source pixels its footprint covers (whole pixels: the factor is
    // at least 1, and the rounding error is far below what shows at these sizes).
    for (int y = 0; y < out.height; ++y) {
        const int y0 = y * image.height / out.height, y1 = std::max(y0 + 1, (y + 1) * image.height / out.height);
        for (int x = 0; x < out.width; ++x) {
            const int x0 = x * image.width / out.width, x1 = std::max(x0 + 1, (x + 1) * image.width / out.width);
            double r = 0, g = 0, b = 0, a = 0;
            for (int sy = y0; sy < y1; ++sy)
                for (int sx = x0; sx < x1; ++sx) {
                    const unsigned char* p = &image.pixels[(static_cast<std::size_t>(sy) * static_cast<std::size_t>(image.width) + static_cast<std::size_t>(sx)) * 4];
                    const double w = p[3];
                    r += p[0] * w;
                    g += p[1] * w;
                    b += p[2] * w;
                    a += w;
                }
            const double n = static_cast<double>((y1 - y0) * (x1 - x0));
            unsigned char* q = &out.pixels[(static_cast<std::size_t>(y) * static_cast<std::size_t>(out.width) + static_cast<std::size_t>(x)) * 4];
            if (a > 0) {
                q[0] = static_cast<unsigned char>(r / a + 0.5);
                q[1] = static_cast<unsigned char>(g / a + 0.5);
                q[2] = static_cast<unsigned char>(b / a + 0.5);
            } else {
                q[0] = q[1] = q[2] = 0;
            }
            q[3] = static_cast<unsigned char>(a / n + 0.5);
        }
    }
    return out;
}

bool DecodeImage(std::string_view bytes, RgbaImage& out, std::string& error, const ImageLimits& limits) {
    out = RgbaImage{};
    if (bytes.empty()) {
        error = "the image file is empty";
        return false;
    }
    const std::string_view format = SniffFormat(bytes);
    if (format != "PNG" && format != "JPEG") {
        error = format.empty() ? "not a PNG or JPEG image" : std::string(format) + " images are not supported: use PNG or JPEG";
        return false;
    }
    if (bytes.size() > static_cast<std::size_t>(0x7FFFFFFF)) {
        error = "the image file is too large";
        return false;
    }
    const auto* data = reinterpret_cast<const stbi_uc*>(bytes.data());
    const int length = static_cast<int>(bytes.size());
    int w = 0, h = 0, channels = 0;
    if (!stbi_info_from_memory(data, length, &w, &h, &channels)) {
        error = "the " + std::string(format) + " data is damaged (" + stbi_failure_reason() + ")";
        return false;
    }
    if (w <= 0 || h <= 0 || w > limits.max_side || h > limits.max_side) {
        error = "the image is " + std::to_string(w) + "x" + std::to_string(h) + " pixels; the limit is " +
                std::to_string(limits.max_side) + " on each side";
        return false;
    }
    std::unique_ptr<stbi_uc, void (*)(void*)> pixels(stbi_load_from_memory(data, length, &w, &h, &channels, 4), stbi_image_free);
    if (!pixels) {
        error = "the " + std::string(format) + " data is damaged (" + stbi_failure_reason() + ")";
        return false;
    }
    RgbaImage full;
    full.width = w;
    full.height = h;
    full.pixels.assign(pixels.get(), pixels.get() + static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4);
    out = ScaleDown(full, limits.max_stored_side);
    return true;
}

std::string ResolveImagePath(std::string_view reference, const std::string& base_dir, std::string& why_not) {
    const std::string_view ref = Trim(reference);
    if (ref.empty()) {
        why_not = "the image reference is empty";
        return {};
    }
    const std::size_t colon = ref.find(':');
    const std::size_t slash = ref.find('/');
    // A scheme ("https:", "data:", "javascript:") but not a Windows drive letter ("C:\...").
    if (colon != std::string_view::npos && colon > 1 && (slash == std::string_view::npos || colon < slash)) {
        const std::string scheme = AsciiLower(ref.substr(0, colon));
        why_not = scheme == "http" || scheme == "https"
                      ? "remote images are not downloaded (the page works offline and under a strict CSP): save the file "
                        "next to profile.json and name it by its relative path"
                      : "\"" + scheme + ":\" images are not read: name a PNG or JPEG file next to profile.json";
        return {};
    }
    if (ref.front() == '/' || (ref.size() > 2 && ref[1] == ':')) return std::string(ref);
    return (base_dir.empty() ? std::string(".") : base_dir) + "/" + std::string(ref);
}

void LoadProfileImages(LoadResult& loaded, std::string_view text, const std::string& base_dir, const ImageLimits& limits) {
    std::vector<std::pair<std::string, std::string>> wanted;  // JSON path, reference
    if (!loaded.profile.basics.image.empty()) wanted.emplace_back("$.basics.image", loaded.profile.basics.image);
    for (std::size_t i = 0; i < loaded.profile.projects.size(); ++i)
        if (!loaded.profile.projects[i].image.empty())
            wanted.emplace_back(PathKey(PathIndex("$.projects", i), "image"), loaded.profile.projects[i].image);
    if (wanted.empty()) return;

    std::vector<Diagnostic> problems;
    for (const auto& entry : wanted) {
        const std::string& json_path = entry.first;  // (not a structured binding: lambdas capture it)
        const std::string& reference = entry.second;
        if (loaded.images.count(reference)) continue;  // the same file named twice is read once
        auto warn = [&](const std::string& message) { problems.push_back(Diagnostic{Severity::Warning, json_path, 0, 0, message, loaded.file}); };
        std::string why_not;
        const std::string file_path = ResolveImagePath(reference, base_dir, why_not);
        if (file_path.empty()) {
            warn(why_not + "; showing the generated emblem instead");
            continue;
        }
        const std::optional<std::string> read = ReadWholeFile(file_path, limits.max_file_bytes);
        if (!read) {
            warn("cannot open image file \"" + file_path + "\"; showing the generated emblem instead");
            continue;
        }
        const std::string& bytes = *read;
        if (bytes.size() > limits.max_file_bytes) {
            const std::size_t mb = limits.max_file_bytes >> 20;
            warn("image file \"" + file_path + "\" is larger than " +
                 (mb > 0 ? std::to_string(mb) + " MB" : std::to_string(limits.max_file_bytes) + " bytes") +
                 "; showing the generated emblem instead");
            continue;
        }
        RgbaImage image;
        std::string error;
        if (!DecodeImage(bytes, image, error, limits)) {
            warn("image \"" + reference + "\": " + error + "; showing the generated emblem instead");
            continue;
        }
        loaded.images.emplace(reference, std::move(image));
    }
    if (problems.empty()) return;
    std::vector<std::string> paths;
    for (const Diagnostic& d : problems) paths.push_back(d.path);
    const auto positions = LocatePaths(text, paths);
    for (Diagnostic& d : problems)
        if (const auto it = positions.find(d.path); it != positions.end()) {
            d.line = it->second.line;
            d.column = it->second.column;
        }
    loaded.diagnostics.insert(loaded.diagnostics.end(), problems.begin(), problems.end());
    std::stable_sort(loaded.diagnostics.begin(), loaded.diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
}

}  // namespace portfolio
