// Fuzz target: the profile's JSON reader (core/json_doc), checked against nlohmann/json as an oracle.
// Whatever the bytes: both accept or both refuse (the one exception: numbers too large for a double,
// which JSON allows and nlohmann refuses, and a NUL byte or leading BOM, where nlohmann is lenient); an accepted text gives the same tree in both (types, strings,
// unsigned integers, members with the last duplicate kept); an error's offset lies inside the text.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/json_doc.h"
#include "fuzz_check.h"

using namespace portfolio;

namespace {

constexpr int kMaxDepth = 256;  // the oracle's DOM is walked recursively here: keep it shallow

// A SAX handler for nlohmann that only tells why it stopped.
struct Verdict : nlohmann::json_sax<nlohmann::json> {
    int error_id = 0;
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) override {
        error_id = e.id;
        return false;
    }
};

void Same(JsonValue ours, const nlohmann::json& theirs) {
    switch (ours.type()) {
        case JsonType::Null: FUZZ_CHECK(theirs.is_null()); break;
        case JsonType::Bool: FUZZ_CHECK(theirs.is_boolean() && theirs.get<bool>() == ours.boolean()); break;
        case JsonType::Number:
            FUZZ_CHECK(theirs.is_number());
            FUZZ_CHECK(ours.unsigned_integer().has_value() == theirs.is_number_unsigned());
            if (theirs.is_number_unsigned()) FUZZ_CHECK(*ours.unsigned_integer() == theirs.get<std::uint64_t>());
            break;
        case JsonType::String: FUZZ_CHECK(theirs.is_string() && theirs.get_ref<const std::string&>() == ours.str()); break;
        case JsonType::Array: {
            FUZZ_CHECK(theirs.is_array() && theirs.size() == ours.size());
            std::size_t i = 0;
            ours.ForEachElement([&](JsonValue e) { Same(e, theirs[i++]); });
            break;
        }
        case JsonType::Object: {
            FUZZ_CHECK(theirs.is_object());
            std::set<std::string, std::less<>> keys;
            ours.ForEachMember([&](std::string_view k, JsonValue) { keys.emplace(k); });
            FUZZ_CHECK(keys.size() == theirs.size());
            for (const auto& [k, v] : theirs.items()) {
                const JsonValue mine = ours.Find(k);
                FUZZ_CHECK(static_cast<bool>(mine));
                Same(mine, v);
            }
            break;
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    JsonDoc doc;
    const bool ok = doc.Parse(text, kMaxDepth);
    if (!ok) {
        FUZZ_CHECK(doc.error().has_value() && !doc.error()->message.empty());
        FUZZ_CHECK(doc.error()->offset <= size);
        FUZZ_CHECK(!doc.root());
        if (doc.error()->kind == JsonError::Kind::Depth) return 0;  // nlohmann has no depth limit to compare
    }
    // nlohmann skips a leading byte order mark; ours leaves that to the loader (a BOM is not JSON).
    if (text.substr(0, 3) == "\xEF\xBB\xBF") {
        FUZZ_CHECK(!ok);
        return 0;
    }
    // nlohmann stops at a NUL byte as if the text ended there; in JSON it is an error anywhere.
    if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
        FUZZ_CHECK(!ok && doc.error()->offset <= nul);
        return 0;
    }
    Verdict verdict;
    const bool accepted = nlohmann::json::sax_parse(text.begin(), text.end(), &verdict);
    if (verdict.error_id == 406) return 0;  // a number beyond a double: valid JSON, refused by nlohmann
    FUZZ_CHECK(ok == accepted);
    if (!ok) return 0;
    Same(doc.root(), nlohmann::json::parse(text.begin(), text.end()));
    return 0;
}
