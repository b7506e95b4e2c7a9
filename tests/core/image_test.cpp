// Profile images: decoding (PNG, JPEG), refusing other formats and damaged or oversized files with a
// clear reason, scaling down, path resolution, and the load pass that names the JSON path and position.
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/image.h"
#include "core/load.h"

#define STB_IMAGE_WRITE_STATIC
#define STB_IMAGE_WRITE_IMPLEMENTATION
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wsign-conversion"
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif
#include "stb/stb_image_write.h"
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

using namespace portfolio;

namespace {

void Append(void* context, void* data, int size) { static_cast<std::string*>(context)->append(static_cast<const char*>(data), static_cast<std::size_t>(size)); }

RgbaImage Solid(int w, int h, unsigned char r, unsigned char g, unsigned char b, unsigned char a = 255) {
    RgbaImage img;
    img.width = w;
    img.height = h;
    for (int i = 0; i < w * h; ++i) img.pixels.insert(img.pixels.end(), {r, g, b, a});
    return img;
}

std::string Png(const RgbaImage& img) {
    std::string out;
    stbi_write_png_to_func(Append, &out, img.width, img.height, 4, img.pixels.data(), img.width * 4);
    return out;
}

std::string Jpeg(const RgbaImage& img) {
    std::string out;
    stbi_write_jpg_to_func(Append, &out, img.width, img.height, 4, img.pixels.data(), 95);
    return out;
}

const unsigned char* Pixel(const RgbaImage& img, int x, int y) { return &img.pixels[static_cast<std::size_t>(y * img.width + x) * 4]; }

struct TempDir {
    std::filesystem::path path;
    TempDir() {
        path = std::filesystem::temp_directory_path() / ("portfolio-image-test-" + std::to_string(std::rand()) + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
        std::filesystem::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    void Write(const std::string& name, const std::string& bytes) const { std::ofstream(path / name, std::ios::binary) << bytes; }
};

const Diagnostic* DiagnosticAt(const LoadResult& r, const std::string& path) {
    for (const Diagnostic& d : r.diagnostics)
        if (d.path == path) return &d;
    return nullptr;
}

}  // namespace

TEST_CASE("a PNG decodes to its exact pixels") {
    RgbaImage src = Solid(3, 2, 10, 20, 30, 255);
    src.pixels[4 * 4 + 0] = 200;  // pixel (1, 1) red
    src.pixels[5 * 4 + 3] = 0;    // pixel (2, 1) transparent
    RgbaImage out;
    std::string error;
    REQUIRE(DecodeImage(Png(src), out, error));
    CHECK(error.empty());
    CHECK(out.width == 3);
    CHECK(out.height == 2);
    CHECK(out.pixels == src.pixels);
}

TEST_CASE("a JPEG decodes to RGBA with its colour") {
    RgbaImage out;
    std::string error;
    REQUIRE(DecodeImage(Jpeg(Solid(16, 8, 40, 120, 200)), out, error));
    CHECK(out.width == 16);
    CHECK(out.height == 8);
    const unsigned char* p = Pixel(out, 7, 3);
    CHECK(std::abs(p[0] - 40) <= 6);
    CHECK(std::abs(p[1] - 120) <= 6);
    CHECK(std::abs(p[2] - 200) <= 6);
    CHECK(p[3] == 255);
}

TEST_CASE("large images are scaled down by area averaging, keeping their proportions") {
    // A 1024x256 checkerboard of single black and white pixels averages to mid grey at 512x128.
    RgbaImage board = Solid(1024, 256, 0, 0, 0);
    for (int y = 0; y < 256; ++y)
        for (int x = 0; x < 1024; ++x)
            if ((x + y) % 2) std::fill_n(&board.pixels[static_cast<std::size_t>(y * 1024 + x) * 4], 3, static_cast<unsigned char>(255));
    RgbaImage out;
    std::string error;
    REQUIRE(DecodeImage(Png(board), out, error, ImageLimits{8u << 20, 8192, 512}));
    CHECK(out.width == 512);
    CHECK(out.height == 128);
    for (int probe : {0, 100, 511}) {
        CHECK(std::abs(Pixel(out, probe, probe % 128)[0] - 128) <= 1);
        CHECK(Pixel(out, probe, probe % 128)[3] == 255);
    }
}

TEST_CASE("scaling weights colour by alpha, so transparent pixels do not darken edges") {
    RgbaImage img = Solid(2, 1, 255, 255, 255);
    img.pixels[4] = img.pixels[5] = img.pixels[6] = img.pixels[7] = 0;  // second pixel: transparent black
    const RgbaImage out = ScaleDown(img, 1);
    REQUIRE(out.width == 1);
    REQUIRE(out.height == 1);
    CHECK(out.pixels[0] == 255);
    CHECK(out.pixels[3] == 128);
    const RgbaImage exact = ScaleTo(Solid(5, 3, 9, 9, 9), 2, 1);  // odd sizes, as mipmap levels need
    CHECK(exact.width == 2);
    CHECK(exact.height == 1);
    CHECK(exact.pixels[0] == 9);
    CHECK(ScaleDown(img, 4).width == 2);  // never scaled up
}

TEST_CASE("other formats, damaged data and oversized images are refused with a reason") {
    auto reason = [](const std::string& bytes, const ImageLimits& limits = {}) {
        RgbaImage out;
        std::string error;
        CHECK_FALSE(DecodeImage(bytes, out, error, limits));
        CHECK(out.pixels.empty());
        return error;
    };
    CHECK(reason("") == "the image file is empty");
    CHECK(reason("GIF89a\x01\x00\x01\x00") == "GIF images are not supported: use PNG or JPEG");
    CHECK(reason(std::string("RIFF\0\0\0\0WEBPVP8 ", 16)) == "WebP images are not supported: use PNG or JPEG");
    CHECK(reason("  <svg xmlns='http://www.w3.org/2000/svg'/>") == "SVG images are not supported: use PNG or JPEG");
    CHECK(reason("hello, world") == "not a PNG or JPEG image");
    const std::string png = Png(Solid(40, 40, 1, 2, 3));
    CHECK(reason(png.substr(0, png.size() / 2)).find("the PNG data is damaged") == 0);
    std::string corrupt = png;
    corrupt[20] = '\x7F';  // the header's width: now huge and the header CRC wrong
    CHECK(reason(corrupt).find("damaged") != std::string::npos);
    CHECK(reason(Png(Solid(100, 10, 0, 0, 0)), ImageLimits{8u << 20, 50, 512}) == "the image is 100x10 pixels; the limit is 50 on each side");
    const std::string jpeg = Jpeg(Solid(8, 8, 0, 0, 0));
    CHECK(reason(jpeg.substr(0, 12)).find("the JPEG data is damaged") == 0);
}

TEST_CASE("image references resolve next to the profile; URLs and other schemes are not read") {
    std::string why;
    CHECK(ResolveImagePath("images/me.png", "/data", why) == "/data/images/me.png");
    CHECK(ResolveImagePath("  me.jpg \n", "/data", why) == "/data/me.jpg");
    CHECK(ResolveImagePath("me.png", "", why) == "./me.png");
    CHECK(ResolveImagePath("/home/a/me.png", "/data", why) == "/home/a/me.png");
    CHECK(ResolveImagePath("C:\\photos\\me.png", "/data", why) == "C:\\photos\\me.png");
    CHECK(ResolveImagePath("https://example.org/me.png", "/data", why).empty());
    CHECK(why.find("remote images are not downloaded") == 0);
    CHECK(ResolveImagePath("HTTP://example.org/me.png", "/data", why).empty());
    CHECK(ResolveImagePath("javascript:alert(1)", "/data", why).empty());
    CHECK(why == "\"javascript:\" images are not read: name a PNG or JPEG file next to profile.json");
    CHECK(ResolveImagePath("data:image/png;base64,AAAA", "/data", why).empty());
    CHECK(ResolveImagePath("   ", "/data", why).empty());
}

TEST_CASE("loading a profile reads its images; each problem is a warning at the image's JSON path") {
    TempDir dir;
    std::filesystem::create_directories(dir.path / "img");
    dir.Write("img/me.png", Png(Solid(64, 64, 200, 100, 50)));
    dir.Write("logo.jpg", Jpeg(Solid(32, 16, 0, 0, 255)));
    dir.Write("anim.gif", "GIF89a\x01\x00\x01\x00");
    dir.Write("profile.json", R"({
  "basics": { "name": "Ada Lovelace", "image": "img/me.png" },
  "projects": [
    { "id": "a", "name": "Alpha", "image": "logo.jpg" },
    { "id": "b", "name": "Beta", "image": "missing.png" },
    { "id": "c", "name": "Gamma", "image": "https://example.org/c.png" },
    { "id": "d", "name": "Delta", "image": "anim.gif" },
    { "id": "e", "name": "Epsilon", "image": "logo.jpg" }
  ]
})");
    const LoadResult r = LoadProfileFromFile((dir.path / "profile.json").string());
    REQUIRE(r.document_ok);
    CHECK(r.ErrorCount() == 0);
    CHECK(r.profile.projects.size() == 5);
    REQUIRE(r.images.size() == 2);
    REQUIRE(r.images.count("img/me.png"));
    CHECK(r.images.at("img/me.png").width == 64);
    CHECK(Pixel(r.images.at("img/me.png"), 10, 10)[0] == 200);
    REQUIRE(r.images.count("logo.jpg"));
    CHECK(r.images.at("logo.jpg").width == 32);
    CHECK(r.images.at("logo.jpg").height == 16);

    const Diagnostic* missing = DiagnosticAt(r, "$.projects[1].image");
    REQUIRE(missing);
    CHECK(missing->severity == Severity::Warning);
    CHECK(missing->line == 5);
    CHECK(missing->column == 43);
    CHECK(missing->message.find("cannot open image file") == 0);
    CHECK(missing->message.find("missing.png") != std::string::npos);
    const Diagnostic* remote = DiagnosticAt(r, "$.projects[2].image");
    REQUIRE(remote);
    CHECK(remote->line == 6);
    CHECK(remote->message.find("remote images are not downloaded") == 0);
    const Diagnostic* gif = DiagnosticAt(r, "$.projects[3].image");
    REQUIRE(gif);
    CHECK(gif->message == "image \"anim.gif\": GIF images are not supported: use PNG or JPEG; showing the generated emblem instead");
    CHECK(DiagnosticAt(r, "$.projects[4].image") == nullptr);  // the same file, read once
    CHECK(DiagnosticAt(r, "$.basics.image") == nullptr);
}

TEST_CASE("an image file over the size limit is not read") {
    TempDir dir;
    dir.Write("big.png", Png(Solid(64, 64, 1, 2, 3)));
    dir.Write("profile.json", R"({"basics": {"name": "A", "image": "big.png"}})");
    LoadResult r = LoadProfileFromFile((dir.path / "profile.json").string());
    REQUIRE(r.images.size() == 1);  // within the default limit

    LoadResult small;
    small.profile = r.profile;
    LoadProfileImages(small, R"({"basics": {"name": "A", "image": "big.png"}})", dir.path.string(), ImageLimits{100, 8192, 512});
    CHECK(small.images.empty());
    const Diagnostic* d = DiagnosticAt(small, "$.basics.image");
    REQUIRE(d);
    CHECK(d->line == 1);
    CHECK(d->column == 35);
    CHECK(d->message.find("is larger than") != std::string::npos);
}
