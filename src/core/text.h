// Small UTF-8 and string helpers shared by loading, markup and the views.
// Pure functions over std::string_view; nothing here allocates more than its result.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace portfolio {

// Length of the valid UTF-8 sequence starting at s[i], or 0 if the bytes there are not valid UTF-8.
std::size_t Utf8SequenceLength(std::string_view s, std::size_t i);
bool IsValidUtf8(std::string_view s);
// Replaces every invalid byte with "\xNN" so a message quoting user bytes stays printable.
std::string EscapeInvalidUtf8(std::string_view s);
// Cuts s to at most max_bytes without splitting a UTF-8 sequence.
std::string_view TruncateUtf8(std::string_view s, std::size_t max_bytes);
std::size_t CountCodepoints(std::string_view s);

std::string_view Trim(std::string_view s);
std::string AsciiLower(std::string_view s);
// "Real-Time Video: Pyramid!" -> "real-time-video-pyramid"
std::string Slugify(std::string_view s);
// Case-, accent- and whitespace-insensitive comparison for person names, which also takes the forms
// author lists use: "You, Yang", "Y. You" (an initial for a given name; one word must be whole) and
// family name first ("YOU Yang"). So "Y. You" is also "Yi You": a mark, not an identity.
bool SameName(std::string_view a, std::string_view b);

// The code point of the UTF-8 sequence at s[i] and its length in `length`; an invalid byte reads as
// U+FFFD with length 1, so a loop over any bytes always moves on.
char32_t DecodeUtf8At(std::string_view s, std::size_t i, std::size_t& length);
void AppendUtf8(std::string& out, char32_t c);
template <class Fn>
void ForEachCodePoint(std::string_view s, Fn&& fn) {
    for (std::size_t i = 0, n = 0; i < s.size(); i += n) fn(DecodeUtf8At(s, i, n));
}

// Eight bytes at a time (SWAR), for scans that look for rare bytes in long runs of ordinary ones: the word
// at `p`, and whether it holds a byte below `n` (n at most 0x80) or a byte equal to `c` (c below 0x80).
// Exact as to whether the word holds one, not as to which byte it is.
inline std::uint64_t LoadWord(const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, sizeof w);
    return w;
}
inline bool WordHasByteBelow(std::uint64_t w, unsigned n) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    return ((w - kOnes * n) & ~w & kHigh) != 0;
}
inline bool WordHasByte(std::uint64_t w, unsigned char c) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ull;
    return WordHasByteBelow(w ^ (kOnes * c), 1);
}
inline bool WordHasNonAscii(std::uint64_t w) { return (w & 0x8080808080808080ull) != 0; }

}  // namespace portfolio
