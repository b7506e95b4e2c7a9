// The profile's own JSON reader (core/json_doc): values, strings and their escapes, UTF-8 rules,
// offsets, duplicate keys, the depth limit and every error message with the offset it points at.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/json_doc.h"

using portfolio::JsonDoc;
using portfolio::JsonError;
using portfolio::JsonType;
using portfolio::JsonValue;

namespace {

constexpr int kDepth = 64;

struct Failure {
    JsonError::Kind kind;
    std::size_t offset;
    std::string message;
};

Failure Fails(std::string_view text, int depth = kDepth) {
    JsonDoc doc;
    const bool ok = doc.Parse(text, depth);
    REQUIRE_FALSE(ok);
    REQUIRE(doc.error().has_value());
    CHECK_FALSE(doc.root());
    return {doc.error()->kind, doc.error()->offset, doc.error()->message};
}

std::string ParsedString(std::string_view json) {
    JsonDoc doc;
    REQUIRE(doc.Parse(json, kDepth));
    REQUIRE(doc.root().is_string());
    return std::string(doc.root().str());
}

}  // namespace

TEST_CASE("json_doc: scalars, containers and lookups") {
    JsonDoc doc;
    const std::string text = R"({"a": 1, "b": [true, false, null, "x", -2.5e3, 18446744073709551615], "c": {}, "d": []})";
    REQUIRE(doc.Parse(text, kDepth));
    const JsonValue root = doc.root();
    REQUIRE(root.is_object());
    CHECK(root.size() == 4);
    CHECK(root.offset() == 0);
    CHECK(root.Find("a").unsigned_integer() == 1u);
    CHECK_FALSE(root.Find("missing"));
    CHECK_FALSE(root.Find("a").Find("x"));  // Find on a scalar is absent, not a crash

    const JsonValue b = root.Find("b");
    REQUIRE(b.is_array());
    CHECK(b.size() == 6);
    CHECK(b.offset() == text.find('['));
    std::vector<JsonType> types;
    std::vector<std::size_t> offsets;
    b.ForEachElement([&](JsonValue v) {
        types.push_back(v.type());
        offsets.push_back(v.offset());
    });
    CHECK(types == std::vector<JsonType>{JsonType::Bool, JsonType::Bool, JsonType::Null, JsonType::String, JsonType::Number,
                                         JsonType::Number});
    CHECK(offsets[0] == text.find("true"));
    CHECK(offsets[3] == text.find("\"x\""));
    CHECK(offsets[4] == text.find("-2.5e3"));

    std::vector<JsonValue> elems;
    b.ForEachElement([&](JsonValue v) { elems.push_back(v); });
    CHECK(elems[0].boolean());
    CHECK_FALSE(elems[1].boolean());
    CHECK(elems[3].str() == "x");
    CHECK_FALSE(elems[4].unsigned_integer());  // negative and fractional
    CHECK(elems[5].unsigned_integer() == 18446744073709551615ull);
    CHECK(elems[3].size() == 0);
    CHECK(elems[0].str().empty());

    CHECK(root.Find("c").is_object());
    CHECK(root.Find("c").size() == 0);
    CHECK(root.Find("d").is_array());
    CHECK(root.Find("d").size() == 0);

    std::vector<std::string> keys;
    root.ForEachMember([&](std::string_view k, JsonValue) { keys.emplace_back(k); });
    CHECK(keys == std::vector<std::string>{"a", "b", "c", "d"});
}

TEST_CASE("json_doc: nested containers skip whole subtrees when iterating") {
    JsonDoc doc;
    REQUIRE(doc.Parse(R"([[1, [2, [3]]], {"k": {"j": [4]}}, 5])", kDepth));
    std::vector<JsonType> top;
    doc.root().ForEachElement([&](JsonValue v) { top.push_back(v.type()); });
    CHECK(top == std::vector<JsonType>{JsonType::Array, JsonType::Object, JsonType::Number});
    JsonValue last;
    doc.root().ForEachElement([&](JsonValue v) { last = v; });
    CHECK(last.unsigned_integer() == 5u);
}

TEST_CASE("json_doc: numbers") {
    JsonDoc doc;
    REQUIRE(doc.Parse("[0, 10, 1.0, 1e2, 18446744073709551616, 1e999, -0]", kDepth));
    std::vector<JsonValue> v;
    doc.root().ForEachElement([&](JsonValue e) { v.push_back(e); });
    REQUIRE(v.size() == 7);
    CHECK(v[0].unsigned_integer() == 0u);
    CHECK(v[1].unsigned_integer() == 10u);
    CHECK_FALSE(v[2].unsigned_integer());
    CHECK_FALSE(v[3].unsigned_integer());
    CHECK_FALSE(v[4].unsigned_integer());  // one past 2^64-1: a number, but not an unsigned integer
    CHECK(v[5].is_number());               // valid JSON, however large
    CHECK_FALSE(v[6].unsigned_integer());
}

TEST_CASE("json_doc: keys given twice keep the last value and are reported with their object's path") {
    JsonDoc doc;
    REQUIRE(doc.Parse(R"({"name": "A", "list": [{"t": 1}, {"t": 2, "t": 3}], "name": "B"})", kDepth));
    CHECK(doc.root().Find("name").str() == "B");
    REQUIRE(doc.duplicates().size() == 2);
    CHECK(doc.duplicates()[0].object_path == "$.list[1]");
    CHECK(doc.duplicates()[0].key == "t");
    CHECK(doc.duplicates()[1].object_path == "$");
    CHECK(doc.duplicates()[1].key == "name");
    JsonValue second;
    int i = 0;
    doc.root().Find("list").ForEachElement([&](JsonValue e) {
        if (i++ == 1) second = e;
    });
    CHECK(second.Find("t").unsigned_integer() == 3u);

    // Keys that are not identifiers are quoted in the path; a large object goes through the hash set.
    std::string big = R"({"a b": {)";
    for (int k = 0; k < 40; ++k) big += "\"k" + std::to_string(k) + "\": 0, ";
    big += R"("k7": 1}})";
    JsonDoc large;
    REQUIRE(large.Parse(big, kDepth));
    REQUIRE(large.duplicates().size() == 1);
    CHECK(large.duplicates()[0].key == "k7");
    CHECK(large.duplicates()[0].object_path.find("a b") != std::string::npos);
    CHECK(large.root().Find("a b").Find("k7").unsigned_integer() == 1u);
}

TEST_CASE("json_doc: string escapes and surrogate pairs decode to UTF-8") {
    CHECK(ParsedString(R"("a\"b\\c\/d\b\f\n\r\t")") == "a\"b\\c/d\b\f\n\r\t");
    CHECK(ParsedString(R"("\u00e9\u4e2d")") == "\xC3\xA9\xE4\xB8\xAD");     // é 中
    CHECK(ParsedString(R"("\ud83d\ude00")") == "\xF0\x9F\x98\x80");         // 😀
    CHECK(ParsedString(R"("\u0000x")") == std::string("\0x", 2));           // NUL is kept, not a terminator
    CHECK(ParsedString("\"Gr\xC3\xBC\xC3\x9F \xE5\xBC\xA0\xE4\xBC\x9F\"") == "Gr\xC3\xBC\xC3\x9F \xE5\xBC\xA0\xE4\xBC\x9F");
    CHECK(ParsedString("\"\xF4\x8F\xBF\xBF\"") == "\xF4\x8F\xBF\xBF");      // U+10FFFF, the last code point
}

// Plain runs are scanned eight bytes at a time: every kind of byte that ends a run (a quote, a backslash,
// a control character, a non-ASCII byte), at every place within and around a word, with plain text of
// every length before and after it.
TEST_CASE("json_doc: a string's special bytes are found wherever they fall in the text") {
    const std::vector<std::pair<std::string, std::string>> specials = {
        {"\\\"", "\""}, {"\\\\", "\\"}, {"\\n", "\n"}, {"\xC3\xA9", "\xC3\xA9"}, {"\xE4\xB8\xAD", "\xE4\xB8\xAD"}, {"\x7F", "\x7F"}};
    for (std::size_t pad = 0; pad < 8; ++pad) {           // where the string starts in the text
        for (std::size_t before = 0; before < 20; ++before) {
            for (const auto& [written, decoded] : specials) {
                const std::string plain_before(before, 'a'), plain_after(before % 11, 'z');
                const std::string json = std::string(pad, ' ') + "\"" + plain_before + written + plain_after + "\"";
                CAPTURE(json);
                CHECK(ParsedString(json) == plain_before + decoded + plain_after);
            }
            const std::string json = std::string(pad, ' ') + "\"" + std::string(before, 'q') + "\"";
            CHECK(ParsedString(json) == std::string(before, 'q'));
        }
    }
    // A raw control byte is refused at its own offset, wherever it is.
    for (std::size_t before = 0; before < 20; ++before) {
        const Failure f = Fails("\"" + std::string(before, 'b') + "\x01tail\"");
        CHECK(f.offset == before + 1);
    }
}

TEST_CASE("json_doc: lookups compare whole keys, among keys of the same length and first letter") {
    JsonDoc doc;
    REQUIRE(doc.Parse(R"({"abcd": 1, "abce": 2, "abc": 3, "": 4, "abcdx": 5, "ab\u0063d": 6})", kDepth));
    CHECK(doc.root().Find("abcd").unsigned_integer() == 6u);  // "ab\u0063d" is "abcd" again: the last counts
    CHECK(doc.root().Find("abce").unsigned_integer() == 2u);
    CHECK(doc.root().Find("abc").unsigned_integer() == 3u);
    CHECK(doc.root().Find("").unsigned_integer() == 4u);
    CHECK(doc.root().Find("abcdx").unsigned_integer() == 5u);
    CHECK_FALSE(doc.root().Find("abcf"));
    CHECK_FALSE(doc.root().Find("b"));
    CHECK_FALSE(doc.root().Find("abcd").Find("abcd"));  // not an object
    REQUIRE(doc.duplicates().size() == 1);
    CHECK(doc.duplicates()[0].key == "abcd");
}

TEST_CASE("json_doc: ill-formed strings are refused where they go wrong") {
    Failure f = Fails(R"(["ab)");
    CHECK(f.offset == 1);
    CHECK(f.message == "invalid string: missing closing quote (the text ends inside this string)");

    f = Fails("[\"a\nb\"]");
    CHECK(f.offset == 3);
    CHECK(f.message.find("control character U+000A (a line break)") != std::string::npos);

    f = Fails(R"(["\x"])");
    CHECK(f.offset == 2);
    CHECK(f.message.find("unknown escape \"\\x\"") != std::string::npos);

    CHECK(Fails(R"(["\u12"])").message == "invalid string: \\u must be followed by four hex digits");
    CHECK(Fails(R"(["\udc00"])").message.find("must follow U+D800..U+DBFF") != std::string::npos);
    CHECK(Fails(R"(["\ud800x"])").message.find("must be followed by U+DC00..U+DFFF") != std::string::npos);
    CHECK(Fails(R"(["\ud800\u0041"])").message.find("must be followed by U+DC00..U+DFFF") != std::string::npos);

    const char* bad_utf8[] = {
        "[\"\xC0\xAF\"]",          // overlong '/'
        "[\"\xE0\x80\xAF\"]",      // overlong, three bytes
        "[\"\xED\xA0\x80\"]",      // an encoded surrogate
        "[\"\xF4\x90\x80\x80\"]",  // past U+10FFFF
        "[\"\xC3\"]",              // truncated sequence
        "[\"\xFF\"]",              // never valid
        "[\"\x80\"]",              // a lone continuation byte
    };
    for (const char* s : bad_utf8) {
        INFO("input: " << s);
        const Failure u = Fails(s);
        CHECK(u.offset == 2);
        CHECK(u.message == "invalid string: ill-formed UTF-8 byte (the file is not UTF-8 text here)");
    }
}

TEST_CASE("json_doc: syntax errors name what was expected, what was found and where") {
    struct Case {
        const char* text;
        std::size_t offset;
        const char* message;
    };
    const Case cases[] = {
        {"", 0, "unexpected end of input: expected a value"},
        {"   ", 3, "unexpected end of input: expected a value"},
        {R"({"a": 1)", 7, "unexpected end of input: an object is not closed (a '}' is missing)"},
        {"[1, 2", 5, "unexpected end of input: a list is not closed (a ']' is missing)"},
        {R"({"a": 1 "b": 2})", 8, "expected ',' or '}' after an object member, found a string (is a comma missing?)"},
        {R"({"a": 1,})", 8, "expected a key after ',', found '}' (JSON allows no comma before a closing brace)"},
        {"[1,]", 3, "expected a value after ',', found ']' (JSON allows no comma before a closing bracket)"},
        {"[1 2]", 3, "expected ',' or ']' after a list element, found a number"},
        {R"({a: 1})", 1, "expected a key (a name in double quotes), found the word \"a\""},
        {R"({"a" 1})", 5, "expected ':' after the key, found a number"},
        {R"({"a": 1}})", 8, "expected end of input after the document's last '}' or ']', found '}'"},
        {"[NaN]", 1, "invalid literal \"NaN\": JSON numbers have no NaN or Infinity (write null or a string)"},
        {"[yes]", 1, "invalid literal \"yes\": JSON has only true, false and null (text goes in double quotes)"},
        {"[-Infinity]", 1, "invalid number \"-Infinity\": a digit must follow '-' (JSON has no Infinity or NaN)"},
        {"[012]", 1, "invalid number \"012\": JSON numbers have no leading zeros"},
        {"[1.]", 1, "invalid number \"1.\": a digit must follow '.'"},
        {"[1e+]", 1, "invalid number \"1e+\": a digit must follow the exponent's 'e'"},
        {"[12px]", 1, "invalid number \"12px\": letters after the digits"},
        {"[\x01]", 1, "expected a value, found byte 0x01"},
    };
    for (const Case& c : cases) {
        INFO("input: " << c.text);
        const Failure f = Fails(c.text);
        CHECK(f.kind == JsonError::Kind::Syntax);
        CHECK(f.offset == c.offset);
        CHECK(f.message == c.message);
    }
}

TEST_CASE("json_doc: nesting is limited while parsing, at the limit and one past it") {
    auto nested = [](int n) { return std::string(static_cast<std::size_t>(n), '[') + std::string(static_cast<std::size_t>(n), ']'); };
    JsonDoc doc;
    CHECK(doc.Parse(nested(kDepth), kDepth));
    const Failure f = Fails(nested(kDepth + 1), kDepth);
    CHECK(f.kind == JsonError::Kind::Depth);
    CHECK(f.offset == static_cast<std::size_t>(kDepth));  // the bracket that opens one level too many
    CHECK(f.message == "nesting deeper than 64 levels of lists/objects");

    // 100k levels: refused at once, no recursion anywhere.
    const Failure deep = Fails(std::string(100000, '['), kDepth);
    CHECK(deep.kind == JsonError::Kind::Depth);

    // Mixed objects and arrays count alike.
    std::string mixed;
    for (int i = 0; i < kDepth / 2; ++i) mixed += R"({"k": [)";
    mixed += "0";
    for (int i = 0; i < kDepth / 2; ++i) mixed += "]}";
    CHECK(doc.Parse(mixed, kDepth));
}

TEST_CASE("json_doc: a reused document forgets the previous one; a large input reads in full") {
    JsonDoc doc;
    REQUIRE_FALSE(doc.Parse("[1,", kDepth));
    REQUIRE(doc.Parse(R"({"x": "y", "x": "z"})", kDepth));
    CHECK_FALSE(doc.error());
    CHECK(doc.duplicates().size() == 1);
    REQUIRE(doc.Parse(R"({"x": "y"})", kDepth));
    CHECK(doc.duplicates().empty());
    CHECK(doc.root().Find("x").str() == "y");

    std::string big = "[";
    for (int i = 0; i < 100000; ++i) big += (i ? ",\"t" : "\"t") + std::to_string(i) + "\"";
    big += "]";
    REQUIRE(doc.Parse(big, kDepth));
    CHECK(doc.root().size() == 100000);
    JsonValue last;
    doc.root().ForEachElement([&](JsonValue v) { last = v; });
    CHECK(last.str() == "t99999");
    CHECK(last.offset() == big.rfind("\"t99999\""));
}
