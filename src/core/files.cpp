// Whole files: the bundle in memory first, then the disk where the build has one (core/files.h).
#include "core/files.h"

#include <cstdint>
#include <cstdio>
#include <map>

namespace portfolio {
namespace {

std::map<std::string, std::string_view, std::less<>>& Bundle() {
    static std::map<std::string, std::string_view, std::less<>> files;
    return files;
}

bool ReadU32(std::string_view& in, std::uint32_t& out) {
    if (in.size() < 4) return false;
    out = 0;
    for (int i = 3; i >= 0; --i) out = (out << 8) | static_cast<unsigned char>(in[static_cast<std::size_t>(i)]);
    in.remove_prefix(4);
    return true;
}

// PORTFOLIO_BUNDLE_ONLY: the web page, which has no file system to read (core/files.h).
std::optional<std::string> ReadFromDisk([[maybe_unused]] const std::string& path, [[maybe_unused]] std::size_t max_bytes) {
#ifdef PORTFOLIO_BUNDLE_ONLY
    return std::nullopt;
#else
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) return std::nullopt;
    std::string bytes;
    char buffer[1 << 16];
    while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, file)) {
        bytes.append(buffer, n);
        if (bytes.size() > max_bytes) break;
    }
    const bool failed = std::ferror(file) != 0;
    std::fclose(file);
    if (failed && bytes.empty()) return std::nullopt;  // a folder, or unreadable
    if (bytes.size() > max_bytes + 1) bytes.resize(max_bytes + 1);
    return bytes;
#endif
}

}  // namespace

bool AddBundle(std::string_view bundle, std::string& error) {
    if (bundle.substr(0, 4) != "PFB1") {
        error = "not a file bundle (no PFB1 header)";
        return false;
    }
    bundle.remove_prefix(4);
    std::uint32_t count = 0;
    if (!ReadU32(bundle, count)) {
        error = "file bundle cut short in its header";
        return false;
    }
    for (std::uint32_t i = 0; i < count; ++i) {
        std::uint32_t path_size = 0, size = 0;
        if (!ReadU32(bundle, path_size) || bundle.size() < path_size) {
            error = "file bundle cut short at file " + std::to_string(i + 1) + " of " + std::to_string(count);
            return false;
        }
        std::string path(bundle.substr(0, path_size));
        bundle.remove_prefix(path_size);
        if (!ReadU32(bundle, size) || bundle.size() < size) {
            error = "file bundle cut short in \"" + path + "\"";
            return false;
        }
        Bundle()[std::move(path)] = bundle.substr(0, size);
        bundle.remove_prefix(size);
    }
    if (!bundle.empty()) {
        error = "file bundle has " + std::to_string(bundle.size()) + " bytes after its last file";
        return false;
    }
    return true;
}

void ClearBundle() { Bundle().clear(); }

std::optional<std::string_view> BundledFile(const std::string& path) {
    const auto it = Bundle().find(path);
    if (it == Bundle().end()) return std::nullopt;
    return it->second;
}

std::optional<std::string> ReadWholeFile(const std::string& path, std::size_t max_bytes) {
    if (const std::optional<std::string_view> bundled = BundledFile(path))
        return std::string(bundled->substr(0, max_bytes < bundled->size() ? max_bytes + 1 : bundled->size()));
    return ReadFromDisk(path, max_bytes);
}

}  // namespace portfolio
