// Whole files, read through one door. The files bundled with the build come from memory: on the web page
// they are portfolio.data (the profile, the files it names, the fonts), which the page has fetched and
// handed over before main; the page has no file system at all (-sFILESYSTEM=0, Emscripten's file system
// was a sixth of the script and 12 ms of its start-up). Every other path is read from the disk, where
// the build has one (the desktop, the tests, the Node tools).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace portfolio {

// The bundle's layout (little-endian): "PFB1", the file count (u32), then per file its path's length
// (u32), the path, its size (u32) and its bytes. Written by scripts/bundle-data.mjs.
// Registers every file of `bundle`, which must outlive every read (the files are views into it). False,
// with `error`, when it is not such a bundle; the files before the damage stay registered.
bool AddBundle(std::string_view bundle, std::string& error);
void ClearBundle();  // (tests)

// The bundled file at `path` (exactly as bundled, e.g. "/data/profile.json"), or nullopt.
std::optional<std::string_view> BundledFile(const std::string& path);

// The file's bytes, at most max_bytes + 1 of them (so the caller can tell "too large"); nullopt when it
// is neither bundled nor readable from disk.
std::optional<std::string> ReadWholeFile(const std::string& path, std::size_t max_bytes = std::size_t(64) << 20);

}  // namespace portfolio
