// The type scale: Inter at several sizes and weights with Fork Awesome icons merged in.
#include "ui/fonts.h"

#include <algorithm>
#include <cstdio>
#include <span>

#include "core/files.h"
#include "core/text.h"
#include "ui/glyph_atlas.h"
#include "ui/icons.h"

namespace portfolio::ui {
namespace {

// A font file's bytes, or nothing when it is missing, empty or beyond any font's size (64 MB).
std::optional<std::string> ReadFontFile(const std::string& path) {
    constexpr std::size_t kMaxFontBytes = std::size_t(64) << 20;
    std::optional<std::string> bytes = ReadWholeFile(path, kMaxFontBytes);
    if (!bytes || bytes->empty() || bytes->size() > kMaxFontBytes) return std::nullopt;
    return bytes;
}

}  // namespace

FallbackStore::FallbackStore() : files_(std::make_shared<Files>()) {}

FallbackStore::File* FallbackStore::Files::Find(std::string_view key) {
    for (File& f : list)
        if (f.key == key) return &f;
    return nullptr;
}

std::size_t FallbackStore::Files::Count(FileState state) const {
    return static_cast<std::size_t>(std::count_if(list.begin(), list.end(), [&](const File& f) { return f.state == state; }));
}

FallbackFonts FallbackStore::Prepare(std::string_view text, const HostServices& host) {
    Files& files = *files_;
    const bool sliced = static_cast<bool>(host.fetch);
    const FallbackPlan needed = PlanFallback(text, sliced);
    if (sliced) {  // keep the slices asked for that this text still needs
        for (int w = 0; w < kFaceWeights; ++w)
            std::erase_if(planned_.files[w], [&](const FaceFile& f) {
                return std::find(needed.files[w].begin(), needed.files[w].end(), f) == needed.files[w].end();
            });
    } else {
        planned_ = needed;
        for (const std::vector<FaceFile>& weight : needed.files)
            for (const FaceFile& want : weight) {
                if (files.Find(want.key)) continue;
                File file{want.key, FileState::Failed, {}};
                if (std::optional<std::string> bytes = ReadFontFile(want.key)) {
                    file.bytes = std::move(*bytes);
                    file.state = FileState::Here;
                } else std::fprintf(stderr, "portfolio: font file %s cannot be read (install fonts-noto-cjk / fonts-noto-core); "
                                          "its characters are drawn as boxes\n", want.key.c_str());
                files.list.push_back(std::move(file));
            }
    }
    FallbackFonts out;
    for (int w = 0; w < kFaceWeights; ++w)
        for (const FaceFile& want : planned_.files[w])
            if (const File* f = files.Find(want.key); f && f->state == FileState::Here)
                out[static_cast<std::size_t>(w)].push_back(FontBytes{reinterpret_cast<const unsigned char*>(f->bytes.data()),
                                                                     static_cast<int>(f->bytes.size()), want.font_no, want.scale});
    return out;
}

void FallbackStore::RequestMissing(std::string_view missing, const HostServices& host) {
    if (!host.fetch || missing.empty()) return;
    Files& files = *files_;
    const FallbackPlan plan = PlanFallback(missing, true);
    for (int w = 0; w < kFaceWeights; ++w) {
        for (const FaceFile& want : plan.files[w]) {
            std::vector<FaceFile>& planned = planned_.files[w];
            if (std::find(planned.begin(), planned.end(), want) != planned.end()) continue;  // merged already: the font lacks it
            planned.push_back(want);
            if (const File* known = files.Find(want.key)) {
                if (known->state == FileState::Here) files.arrived = true;  // at hand from an earlier profile
                continue;
            }
            files.list.push_back(File{want.key, FileState::Pending, {}});
            std::weak_ptr<Files> weak = files_;
            host.fetch("fonts/" + want.key, [weak, key = want.key](bool ok, std::string bytes) {
                const std::shared_ptr<Files> shared = weak.lock();
                File* f = shared ? shared->Find(key) : nullptr;
                if (!f) return;
                f->state = ok && !bytes.empty() ? FileState::Here : FileState::Failed;
                f->bytes = std::move(bytes);
                shared->arrived = true;
            });
        }
    }
}

bool FallbackStore::TakeArrived() {
    const bool arrived = files_->arrived && files_->Count(FileState::Pending) == 0;  // one rebuild for a batch of slices
    if (arrived) files_->arrived = false;
    return arrived;
}
std::size_t FallbackStore::Loaded() const { return files_->Count(FileState::Here); }
std::size_t FallbackStore::Pending() const { return files_->Count(FileState::Pending); }
std::size_t FallbackStore::Failed() const { return files_->Count(FileState::Failed); }
std::size_t FallbackStore::LoadedBytes() const {
    std::size_t total = 0;
    for (const File& f : files_->list) total += f.bytes.size();
    return total;
}

void BuildRanges(const ImFontGlyphRangesBuilder& builder, ImVector<ImWchar>& out) {
    out.clear();
    const ImVector<ImU32>& words = builder.UsedChars;
    int start = -1;  // the first character of the range being read, -1 between ranges
    for (int w = 0; w < words.Size; ++w) {
        const ImU32 bits = words[w];
        if ((start < 0 && bits == 0) || (start >= 0 && bits == 0xFFFFFFFFu)) continue;  // nothing changes in this word
        for (int i = 0; i < 32; ++i) {
            const bool on = ((bits >> i) & 1u) != 0;
            if (on && start < 0) {
                start = w * 32 + i;
            } else if (!on && start >= 0) {
                out.push_back(static_cast<ImWchar>(start));
                out.push_back(static_cast<ImWchar>(w * 32 + i - 1));
                start = -1;
            }
        }
    }
    if (start >= 0) {
        out.push_back(static_cast<ImWchar>(start));
        out.push_back(static_cast<ImWchar>(IM_UNICODE_CODEPOINT_MAX));
    }
    out.push_back(0);
}

namespace {
// The icons' block (ui/icons.h) is theirs: a profile's own characters there would take the icons'
// place in every font they are merged into, so they are left out (and drawn as ImGui's fallback).
void LeaveOutIcons(ImFontGlyphRangesBuilder& builder) {
    for (unsigned c = kIconFirst; c <= kIconLast; ++c) builder.UsedChars[static_cast<int>(c >> 5)] &= ~(1u << (c & 31));
}
}  // namespace

bool LoadFonts(ImGuiIO& io, const std::string& asset_dir, std::string_view extra_text, std::string_view title_text,
               std::string_view name_text, float scale, const FallbackFonts& fallback, Fonts& out, std::string& error) {
    const std::string dir = asset_dir + "/fonts/";
    glyphs::UseDeferredBuilder(*io.Fonts);  // glyphs rasterised as they are drawn (ui/glyph_atlas.h)
    const char* files[] = {"Inter-Regular.ttf", "Inter-Italic.ttf", "Inter-SemiBold.ttf", "Inter-Bold.ttf", "icons.ttf"};
    out.font_files.clear();
    for (const char* f : files) {
        if (std::optional<std::string> bytes = ReadFontFile(dir + f)) {
            out.font_files[f] = std::move(*bytes);
        } else {
            error = "font file missing: " + dir + f + " (the app falls back to ImGui's built-in font)";
            ImFont* builtin = io.Fonts->AddFontDefault();
            out.body = out.body_italic = out.body_bold = out.small = out.small_bold = builtin;
            out.title = out.heading = out.display = out.icons_large = builtin;
            out.from_files = false;
            return false;
        }
    }

    // Text ranges: Latin + Latin Extended + punctuation, plus whatever the profile itself contains.
    ImVector<ImWchar>& text_ranges = out.text_ranges;
    text_ranges.clear();
    ImFontGlyphRangesBuilder builder;
    // Rasterising is the slowest part of start-up on the web, so only ASCII, the few other characters the
    // UI's own strings use (· © – — ‘ ’ “ ” • … arrows −) and the profile's characters go into the atlas.
    // The font files carry Latin-1 and Latin Extended for the rest: a character typed in the search box
    // that the atlas lacks is added by a rebuild (App::NoteTypedCharacters).
    static const ImWchar base_ranges[] = {0x0020, 0x007E, 0x00A0, 0x00A0, 0x00A9, 0x00A9, 0x00B7, 0x00B7, 0x2013, 0x2014,
                                          0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2022, 0x2026, 0x2026, 0x2190, 0x2193,
                                          0x2212, 0x2212, 0};
    builder.AddRanges(base_ranges);
    builder.AddText(extra_text.data(), extra_text.data() + extra_text.size());
    LeaveOutIcons(builder);
    BuildRanges(builder, text_ranges);
    // The two large sizes draw only the name, the section titles and the initials: rasterising them for
    // every character of the profile was half the atlas's work (44 px glyphs are 7.5 times a 16 px one's).
    out.title_text = std::string(title_text);
    ImFontGlyphRangesBuilder titles;
    static const ImWchar ascii[] = {0x0020, 0x007E, 0};
    titles.AddRanges(ascii);
    titles.AddText(title_text.data(), title_text.data() + title_text.size());
    LeaveOutIcons(titles);
    out.title_ranges.clear();
    BuildRanges(titles, out.title_ranges);
    out.name_text = std::string(name_text);
    ImFontGlyphRangesBuilder names;
    names.AddText(name_text.data(), name_text.data() + name_text.size());
    names.AddChar(0x2026);  // the ellipsis of a name too long for its line
    LeaveOutIcons(names);
    out.name_ranges.clear();
    BuildRanges(names, out.name_ranges);
    static const ImWchar icon_ranges[] = {static_cast<ImWchar>(kIconFirst), static_cast<ImWchar>(kIconLast), 0};

    ImFontConfig cfg;
    cfg.OversampleH = scale >= 2.0f ? 1 : 2;  // dense screens need no horizontal oversampling
    cfg.OversampleV = 1;
    cfg.PixelSnapH = false;
    const float s = scale > 0.0f ? scale : 1.0f;
    // Each file once in memory (out.font_files), for every size of it: the atlas reads it, owns no copy.
    auto from_memory = [&](const char* file, float pixels, ImFontConfig config, const ImWchar* ranges) {
        std::string& bytes = out.font_files[file];
        config.FontDataOwnedByAtlas = false;
        return io.Fonts->AddFontFromMemoryTTF(bytes.data(), static_cast<int>(bytes.size()), pixels, &config, ranges);
    };
    auto add = [&](const char* file, FaceWeight weight, float size, bool with_icons, float icon_size_ratio = 0.9f,
                   const ImWchar* ranges = nullptr) {
        if (!ranges) ranges = text_ranges.Data;
        ImFont* font = from_memory(file, size * s, cfg, ranges);
        // After Inter and before the icons: a merged font adds only the glyphs the font lacks so far.
        for (const FontBytes& bytes : fallback[static_cast<int>(weight)]) {
            ImFontConfig merge = cfg;
            merge.MergeMode = true;
            merge.FontDataOwnedByAtlas = false;  // the app keeps one copy for every role and rebuild
            merge.FontNo = bytes.font_no;
            io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(bytes.data), bytes.size, size * s * bytes.scale, &merge, ranges);
        }
        if (with_icons) {
            ImFontConfig icons;
            icons.MergeMode = true;
            icons.PixelSnapH = true;
            icons.GlyphMinAdvanceX = size * s * 1.05f;
            icons.GlyphOffset = ImVec2(0, size * s * 0.04f);
            from_memory("icons.ttf", size * s * icon_size_ratio, icons, icon_ranges);
        }
        return font;
    };
    out.body = add("Inter-Regular.ttf", FaceWeight::Regular, 16.0f, true);
    out.body_italic = add("Inter-Italic.ttf", FaceWeight::Italic, 16.0f, false);
    out.body_bold = add("Inter-SemiBold.ttf", FaceWeight::SemiBold, 16.0f, false);  // its icons come from body (same size)
    out.small = add("Inter-Regular.ttf", FaceWeight::Regular, 13.5f, true);
    out.small_bold = add("Inter-SemiBold.ttf", FaceWeight::SemiBold, 12.5f, true);
    out.title = add("Inter-SemiBold.ttf", FaceWeight::SemiBold, 18.0f, true);
    // Icons (complex outlines: 40 of them cost as much as 200 letters) only in the roles that draw them.
    out.heading = add("Inter-Bold.ttf", FaceWeight::Bold, 26.0f, false, 0.8f, out.title_ranges.Data);
    out.display = add("Inter-Bold.ttf", FaceWeight::Bold, 44.0f, false, 0.9f, out.name_ranges.Data);
    {
        ImFontConfig icons;
        icons.PixelSnapH = true;
        out.icons_large = from_memory("icons.ttf", 19.0f * s, icons, icon_ranges);
    }
    out.from_files = true;
    io.FontGlobalScale = 1.0f / s;
    io.FontDefault = out.body;
    return true;
}

std::vector<char32_t> MissingGlyphs(const Fonts& fonts, std::string_view text) {
    std::vector<char32_t> missing;
    if (!fonts.from_files || !ImGui::GetIO().Fonts->IsBuilt()) return missing;
    const ImFont* text_roles[] = {fonts.body, fonts.body_italic, fonts.body_bold, fonts.small, fonts.small_bold, fonts.title};
    const ImFont* title_roles[] = {fonts.heading};
    const ImFont* name_roles[] = {fonts.display};
    auto check = [&](std::string_view in, std::span<const ImFont* const> roles) {
        ForEachCodePoint(in, [&](char32_t c) {
            if (IsInvisibleFormat(c) || c > IM_UNICODE_CODEPOINT_MAX || (c >= kIconFirst && c <= kIconLast)) return;
            for (const ImFont* font : roles)
                if (font->FindGlyphNoFallback(static_cast<ImWchar>(c)) == nullptr) {
                    if (std::find(missing.begin(), missing.end(), c) == missing.end()) missing.push_back(c);
                    return;
                }
        });
    };
    check(text, text_roles);
    check(fonts.title_text, title_roles);
    check(fonts.name_text, name_roles);
    return missing;
}

}  // namespace portfolio::ui
