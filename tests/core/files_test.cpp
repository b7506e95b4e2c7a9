// Whole files through one door (core/files.h): the bundle the web page gets in portfolio.data, then the disk.
#include <doctest/doctest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <utility>
#include <vector>

#include "core/files.h"

using namespace portfolio;

namespace {

// A bundle as scripts/bundle-data.mjs writes it.
std::string U32(std::uint32_t n) {
    std::string out(4, '\0');
    for (int i = 0; i < 4; ++i) out[static_cast<std::size_t>(i)] = static_cast<char>((n >> (8 * i)) & 0xFF);
    return out;
}
std::string Bundle(const std::vector<std::pair<std::string, std::string>>& files) {
    std::string out = "PFB1" + U32(static_cast<std::uint32_t>(files.size()));
    for (const auto& file : files)
        out += U32(static_cast<std::uint32_t>(file.first.size())) + file.first + U32(static_cast<std::uint32_t>(file.second.size())) + file.second;
    return out;
}

}  // namespace

TEST_CASE("bundled files are read from memory, whole or up to a limit plus one byte") {
    ClearBundle();
    static const std::string bundle = Bundle({{"/data/profile.json", "{\"basics\": {}}"}, {"/assets/fonts/a.ttf", std::string("\0\1\2", 3)}, {"/data/empty", ""}});
    std::string error;
    REQUIRE(AddBundle(bundle, error));
    CHECK(error.empty());
    CHECK(ReadWholeFile("/data/profile.json") == std::optional<std::string>("{\"basics\": {}}"));
    CHECK(ReadWholeFile("/assets/fonts/a.ttf") == std::optional<std::string>(std::string("\0\1\2", 3)));
    CHECK(ReadWholeFile("/data/profile.json", 3) == std::optional<std::string>("{\"ba"));  // the caller sees "too large"
    CHECK(ReadWholeFile("/data/empty") == std::optional<std::string>(""));
    CHECK_FALSE(BundledFile("/data/other.json"));
    CHECK_FALSE(ReadWholeFile("/data/other.json"));  // neither bundled nor on this disk
    ClearBundle();
    CHECK_FALSE(BundledFile("/data/profile.json"));
}

TEST_CASE("a damaged bundle is refused with what is wrong, keeping the files before the damage") {
    ClearBundle();
    std::string error;
    CHECK_FALSE(AddBundle("PK\3\4 not a bundle", error));
    CHECK(error == "not a file bundle (no PFB1 header)");
    CHECK_FALSE(AddBundle("PFB1\1\0", error));
    CHECK(error == "file bundle cut short in its header");
    static const std::string whole = Bundle({{"/a", "first"}, {"/b", "second file"}});
    static const std::string cut = whole.substr(0, whole.size() - 3);
    CHECK_FALSE(AddBundle(cut, error));
    CHECK(error == "file bundle cut short in \"/b\"");
    CHECK(ReadWholeFile("/a") == std::optional<std::string>("first"));
    CHECK_FALSE(BundledFile("/b"));
    static const std::string no_second = Bundle({{"/a", "first"}}).replace(4, 4, U32(2));
    CHECK_FALSE(AddBundle(no_second, error));
    CHECK(error == "file bundle cut short at file 2 of 2");
    static const std::string trailing = whole + "xyz";
    CHECK_FALSE(AddBundle(trailing, error));
    CHECK(error == "file bundle has 3 bytes after its last file");
    ClearBundle();
}

TEST_CASE("files not bundled are read from disk; folders and missing files are not read") {
    ClearBundle();
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / "portfolio-files-test";
    std::filesystem::create_directories(dir);
    const std::string file = (dir / "x.txt").string();
    std::ofstream(file, std::ios::binary) << std::string(100000, 'x');
    CHECK(ReadWholeFile(file)->size() == 100000);
    CHECK(ReadWholeFile(file, 10)->size() == 11);
    CHECK_FALSE(ReadWholeFile(dir.string()));
    CHECK_FALSE(ReadWholeFile((dir / "missing").string()));
    // A bundled path wins over the disk's file of the same name.
    static const std::string bundle = Bundle({{file, "bundled"}});
    std::string error;
    REQUIRE(AddBundle(bundle, error));
    CHECK(ReadWholeFile(file) == std::optional<std::string>("bundled"));
    ClearBundle();
    std::filesystem::remove_all(dir);
}
