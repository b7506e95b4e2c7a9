// Reaching the owner: composed mailto: links parse back to exactly one recipient and only a subject and a
// body, whatever a visitor types; the vCard escapes and folds as RFC 6350 says; availability reads honestly.
#include <doctest/doctest.h>

#include <optional>
#include <utility>
#include <vector>

#include "core/contact.h"
#include "core/links.h"
#include "core/load.h"
#include "core/text.h"

using namespace portfolio;

namespace {

// ---- An independent reader of what the builders write -----------------------------------------------

std::optional<std::string> PercentDecode(std::string_view s) {
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        return -1;
    };
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '%') {
            out += s[i];
            continue;
        }
        if (i + 2 >= s.size() || hex(s[i + 1]) < 0 || hex(s[i + 2]) < 0) return std::nullopt;
        out += static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
        i += 2;
    }
    return out;
}

std::vector<std::string_view> Split(std::string_view s, char separator) {
    std::vector<std::string_view> parts;
    for (std::size_t start = 0;;) {
        const std::size_t end = s.find(separator, start);
        parts.push_back(s.substr(start, end - start));
        if (end == std::string_view::npos) return parts;
        start = end + 1;
    }
}

// RFC 6068: mailto:to1,to2?hname=hvalue&hname=hvalue — what a mail program sees.
struct Mailto {
    std::vector<std::string> to;
    std::vector<std::pair<std::string, std::string>> headers;
};

std::optional<Mailto> ParseMailto(std::string_view url) {
    if (url.substr(0, 7) != "mailto:" || url.find('#') != std::string_view::npos) return std::nullopt;
    url.remove_prefix(7);
    const std::size_t q = url.find('?');
    Mailto m;
    for (std::string_view to : Split(url.substr(0, q), ',')) {
        const auto decoded = PercentDecode(to);
        if (!decoded) return std::nullopt;
        m.to.push_back(*decoded);
    }
    if (q == std::string_view::npos) return m;
    for (std::string_view field : Split(url.substr(q + 1), '&')) {
        const std::size_t eq = field.find('=');
        if (eq == std::string_view::npos) return std::nullopt;
        const auto name = PercentDecode(field.substr(0, eq)), value = PercentDecode(field.substr(eq + 1));
        if (!name || !value) return std::nullopt;
        m.headers.emplace_back(AsciiLower(*name), *value);
    }
    return m;
}

// Every character of a built link is unreserved, a percent escape, or one of mailto:'s own delimiters.
bool OnlyUriCharacters(std::string_view url) {
    for (unsigned char c : url) {
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
                                c == '_' || c == '~';
        if (!unreserved && std::string_view("%:@?&=+!$'*").find(static_cast<char>(c)) == std::string_view::npos) return false;
    }
    return true;
}

Basics Owner() {
    Basics b;
    b.name = "Xuanlei Zhao";
    b.email = "xuanlei@u.nus.edu";
    return b;
}

// vCard content lines: physical lines unfolded (CRLF + one space joins), then split at the first ':'.
std::vector<std::string> UnfoldedLines(const std::string& card) {
    std::vector<std::string> lines;
    for (std::string_view physical : Split(card, '\n')) {
        if (physical.empty()) continue;
        REQUIRE_MESSAGE(physical.back() == '\r', "every line ends in CRLF");
        physical.remove_suffix(1);
        if (physical.front() == ' ') {
            REQUIRE(!lines.empty());
            lines.back() += physical.substr(1);
        } else {
            lines.emplace_back(physical);
        }
    }
    return lines;
}

std::vector<std::string> Values(const std::vector<std::string>& lines, std::string_view property) {
    std::vector<std::string> out;
    for (const std::string& l : lines) {
        const std::size_t colon = l.find(':');
        const std::string_view name = std::string_view(l).substr(0, std::min(colon, l.find(';')));
        if (name == property) out.push_back(l.substr(colon + 1));
    }
    return out;
}

std::string UnescapeVcard(std::string_view v) {
    std::string out;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (v[i] == '\\' && i + 1 < v.size()) {
            ++i;
            out += (v[i] == 'n' || v[i] == 'N') ? '\n' : v[i];
        } else {
            out += v[i];
        }
    }
    return out;
}

}  // namespace

// ---- mailto: ---------------------------------------------------------------------------------------

TEST_CASE("percent-encoding leaves only unreserved characters as they are") {
    CHECK(PercentEncode("a b") == "a%20b");
    CHECK(PercentEncode("\r\n") == "%0D%0A");
    CHECK(PercentEncode("&?#=,+%") == "%26%3F%23%3D%2C%2B%25");
    CHECK(PercentEncode("ü") == "%C3%BC");
    CHECK(PercentEncode("A-z_0.9~") == "A-z_0.9~");
}

TEST_CASE("a mailto link has the subject and body, with line breaks as %0D%0A") {
    CHECK(BuildMailto("xuanlei@u.nus.edu", "Hi there", "Line 1\nLine 2") ==
          "mailto:xuanlei@u.nus.edu?subject=Hi%20there&body=Line%201%0D%0ALine%202");
    CHECK(BuildMailto("xuanlei@u.nus.edu", "", "") == "mailto:xuanlei@u.nus.edu");
    CHECK(BuildMailto("xuanlei@u.nus.edu", "", "b") == "mailto:xuanlei@u.nus.edu?body=b");
    CHECK(BuildMailto("me+tag@example.com", "s", "") == "mailto:me+tag@example.com?subject=s");
    CHECK(BuildMailto("  xuanlei@u.nus.edu ", "", "") == "mailto:xuanlei@u.nus.edu");
    // A subject is one line: its line breaks become spaces, so none can start a header of the mail.
    CHECK(BuildMailto("a@b.c", "one\r\ntwo\nthree\rfour", "") == "mailto:a@b.c?subject=one%20two%20three%20four");
}

TEST_CASE("an address that is not one plain address gives no link at all") {
    for (const char* bad : {"", "xuanlei", "@u.nus.edu", "xuanlei@", "a@b.c,evil@x.y", "a@b.c?cc=evil@x.y", "a@b.c&cc=evil@x.y",
                            "a@b.c\r\nBcc: evil@x.y", "a b@c.d", "a@b@c", "<a@b.c>", "a@b.c#x", "a%40b@c.d"}) {
        CAPTURE(bad);
        CHECK(BuildMailto(bad, "subject", "body").empty());
    }
    Basics owner = Owner();
    owner.email = "a@b.c,evil@x.y";
    CHECK(ComposeMail(owner, MailDraft{}).mailto.empty());
}

TEST_CASE("whatever a visitor types, the link has exactly the owner as recipient and only a subject and a body") {
    Publication paper;
    paper.name = "Tom & Jerry? #1 = best\r\nBcc: evil@example.com";
    paper.publisher = "ICLR";
    paper.release_date = Date{2024, 5, 0};
    const std::string very_long = [] {
        std::string s;
        while (s.size() < 20000) s += "Grüße & ?=# \xE6\xB8\xB2\xE6\x9F\x93 ";
        return s;
    }();
    const std::vector<std::string> hostile = {
        "",
        "Tom & Jerry? yes = no #1",
        "line one\r\nBcc: evil@example.com\r\nSubject: hijacked",
        "lone CR\rlone LF\nCRLF\r\nend",
        "?to=evil@example.com&cc=evil@example.com&subject=x",
        "%0D%0ABcc:%20evil@example.com %25 %",
        "mailto:evil@example.com, other@example.com",
        "Grüße aus Zürich \xE2\x80\x94 \xE6\xB8\xB2\xE6\x9F\x93 \xF0\x9F\x8E\xA5",
        very_long,
    };
    for (const ContactPurpose purpose : kContactPurposes) {
        for (const std::string& message : hostile) {
            CAPTURE(PurposeId(purpose));
            CAPTURE(message.substr(0, 60));
            const MailDraft draft{purpose, purpose == ContactPurpose::PaperQuestion ? &paper : nullptr, message};
            const ComposedMail mail = ComposeMail(Owner(), draft);
            REQUIRE_FALSE(mail.mailto.empty());
            CHECK(OnlyUriCharacters(mail.mailto));
            CHECK(CheckUrl(mail.mailto).ok());  // the link gate lets it through to the mail program

            const auto parsed = ParseMailto(mail.mailto);
            REQUIRE(parsed);
            REQUIRE(parsed->to.size() == 1);
            CHECK(parsed->to[0] == "xuanlei@u.nus.edu");
            REQUIRE(parsed->headers.size() == 2);
            CHECK(parsed->headers[0].first == "subject");
            CHECK(parsed->headers[1].first == "body");
            CHECK(parsed->headers[0].second == mail.subject);
            CHECK(parsed->headers[1].second == mail.body);

            // The subject is one line; every line break of the body is CRLF; the text is still UTF-8.
            CHECK(mail.subject.find_first_of("\r\n") == std::string::npos);
            for (std::size_t i = 0; i < mail.body.size(); ++i) {
                if (mail.body[i] == '\n') CHECK((i > 0 && mail.body[i - 1] == '\r'));
                if (mail.body[i] == '\r') CHECK((i + 1 < mail.body.size() && mail.body[i + 1] == '\n'));
            }
            CHECK(IsValidUtf8(mail.body));
            CHECK(mail.body.size() < kMaxMessageBytes + 400);  // long text is cut
        }
    }
}

TEST_CASE("the composer picks a subject and an opening line by purpose, and keeps the visitor's words") {
    Publication paper;
    paper.name = "Real-Time Video Generation with Pyramid Attention Broadcast";
    paper.publisher = "arXiv";
    paper.release_date = Date{2024, 8, 0};

    const ComposedMail collaboration = ComposeMail(Owner(), MailDraft{ContactPurpose::Collaboration, nullptr, "  We work on\nvideo models.  "});
    CHECK(collaboration.subject == "Research collaboration");
    CHECK(collaboration.body ==
          "Hi Xuanlei,\r\n\r\nI would like to talk with you about a possible research collaboration.\r\n\r\n"
          "We work on\r\nvideo models.\r\n\r\nBest regards,\r\n");

    CHECK(ComposeMail(Owner(), MailDraft{ContactPurpose::Internship, nullptr, ""}).subject == "Research internship");

    const ComposedMail question = ComposeMail(Owner(), MailDraft{ContactPurpose::PaperQuestion, &paper, ""});
    CHECK(question.subject == "Question about \xE2\x80\x9CReal-Time Video Generation with Pyramid Attention Broadcast\xE2\x80\x9D");
    CHECK(question.body.find("your paper \xE2\x80\x9CReal-Time Video Generation with Pyramid Attention Broadcast\xE2\x80\x9D (arXiv, 2024).") !=
          std::string::npos);
    CHECK(ComposeMail(Owner(), MailDraft{ContactPurpose::PaperQuestion, nullptr, ""}).subject == "Question about your paper");
    paper.publisher = "ICLR 2024";  // a venue that names its year is not followed by it again
    CHECK(ComposeMail(Owner(), MailDraft{ContactPurpose::PaperQuestion, &paper, ""}).body.find("(ICLR 2024).") != std::string::npos);
    paper.publisher.clear();
    CHECK(ComposeMail(Owner(), MailDraft{ContactPurpose::PaperQuestion, &paper, ""}).body.find("Broadcast\xE2\x80\x9D (2024).") != std::string::npos);

    Basics nameless = Owner();
    nameless.name.clear();
    CHECK(ComposeMail(nameless, MailDraft{}).body.rfind("Hello,\r\n", 0) == 0);
}

TEST_CASE("a long message is cut at the limit without splitting a character") {
    std::string message;
    while (message.size() < 3 * kMaxMessageBytes) message += "\xE6\xB8\xB2";  // 3-byte characters
    const ComposedMail mail = ComposeMail(Owner(), MailDraft{ContactPurpose::Collaboration, nullptr, message});
    CHECK(IsValidUtf8(mail.body));
    const std::size_t kept = mail.body.find("\xE6\xB8\xB2");
    REQUIRE(kept != std::string::npos);
    const std::size_t end = mail.body.find("\r\n", kept);
    CHECK(end - kept <= kMaxMessageBytes);
    CHECK(end - kept > kMaxMessageBytes - 3);
}

// ---- vCard -----------------------------------------------------------------------------------------

TEST_CASE("vCard text values escape backslashes, commas, semicolons and line breaks") {
    CHECK(EscapeVcardText("Zhao, Xuanlei; PhD\\student") == "Zhao\\, Xuanlei\\; PhD\\\\student");
    CHECK(EscapeVcardText("one\ntwo\r\nthree\rfour") == "one\\ntwo\\nthree\\nfour");
    CHECK(EscapeVcardText("Grüße 渲染") == "Grüße 渲染");
}

TEST_CASE("vCard lines fold at 75 octets without splitting a UTF-8 character") {
    SUBCASE("short lines stay whole") { CHECK(FoldVcardLine("FN:Xuanlei Zhao") == "FN:Xuanlei Zhao\r\n"); }
    for (const std::string& value : {std::string(200, 'a'), std::string("Universität ") + std::string(30, 'x') + "渲染渲染渲染渲染渲染渲染渲染渲染渲染渲染渲染渲染渲染渲染渲染渲染",
                                     std::string(73, 'b') + "\xF0\x9F\x8E\xA5\xF0\x9F\x8E\xA5"}) {
        CAPTURE(value);
        const std::string line = "ORG:" + value;
        const std::string folded = FoldVcardLine(line);
        std::string unfolded;
        for (std::string_view physical : Split(folded, '\n')) {
            if (physical.empty()) continue;
            REQUIRE(physical.back() == '\r');
            physical.remove_suffix(1);
            CHECK(physical.size() <= 75);
            CHECK(IsValidUtf8(physical));  // no character cut in two
            if (!unfolded.empty()) {
                REQUIRE(physical.front() == ' ');
                physical.remove_prefix(1);
            }
            unfolded += physical;
        }
        CHECK(unfolded == line);
        CHECK(folded.size() > line.size() + 2);  // it did fold
    }
}

TEST_CASE("the contact card carries name, e-mail, affiliation, role, time zone and links") {
    const LoadResult loaded = LoadProfileFromFile(std::string(PORTFOLIO_DATA_DIR) + "/profile.json");
    REQUIRE(loaded.diagnostics.empty());
    const std::string card = BuildVcard(loaded.profile.basics);
    CHECK(card.rfind("BEGIN:VCARD\r\nVERSION:4.0\r\n", 0) == 0);
    CHECK(card.size() >= 11);
    CHECK(card.substr(card.size() - 11) == "END:VCARD\r\n");
    const auto lines = UnfoldedLines(card);
    CHECK(Values(lines, "FN") == std::vector<std::string>{"Xuanlei Zhao"});
    CHECK(Values(lines, "N") == std::vector<std::string>{"Zhao;Xuanlei;;;"});
    CHECK(Values(lines, "EMAIL") == std::vector<std::string>{"xuanlei@u.nus.edu"});
    CHECK(Values(lines, "ORG") == std::vector<std::string>{"National University of Singapore"});
    CHECK(Values(lines, "TITLE") == std::vector<std::string>{"PhD student in Computer Science"});
    CHECK(Values(lines, "TZ") == std::vector<std::string>{"Asia/Singapore"});
    CHECK(Values(lines, "URL") == std::vector<std::string>{"https://oahzxl.github.io", "https://scholar.google.com/citations?user=I5NBOacAAAAJ",
                                                           "https://github.com/oahzxl", "https://twitter.com/oahzxl"});
    CHECK(VcardFileName(loaded.profile.basics) == "xuanlei-zhao.vcf");
}

TEST_CASE("hostile profile text cannot add properties to the contact card") {
    Basics owner;
    owner.name = "Eve\r\nEMAIL:evil@example.com\nFN:Mallory";
    owner.email = "eve@example.com";
    owner.affiliation = Person{"Dept. of A, B; and C\\D \xE6\xB8\xB2\xE6\x9F\x93 " + std::string(80, 'z'), ""};
    owner.utc_offset = "-05:30";
    owner.url = "javascript:alert(1)";
    owner.profiles.push_back(SocialProfile{"GitHub", "eve", "https://github.com/eve"});
    const std::string card = BuildVcard(owner);
    const auto lines = UnfoldedLines(card);
    REQUIRE(Values(lines, "FN").size() == 1);
    CHECK(UnescapeVcard(Values(lines, "FN")[0]) == "Eve\nEMAIL:evil@example.com\nFN:Mallory");
    CHECK(Values(lines, "EMAIL") == std::vector<std::string>{"eve@example.com"});
    REQUIRE(Values(lines, "ORG").size() == 1);
    CHECK(UnescapeVcard(Values(lines, "ORG")[0]) == owner.affiliation->name);
    CHECK(Values(lines, "TZ") == std::vector<std::string>{"-0530"});
    CHECK(Values(lines, "URL") == std::vector<std::string>{"https://github.com/eve"});  // only checked links
    for (std::string_view physical : Split(card, '\n')) CHECK(physical.size() <= 76);  // 75 octets + CR
}

TEST_CASE("contact card file names are plain slugs") {
    Basics b;
    b.name = "Ada Müller";
    CHECK(VcardFileName(b) == "ada-muller.vcf");
    b.name = "../../etc/passwd";
    CHECK(VcardFileName(b) == "etc-passwd.vcf");
    b.name = "\xE6\xB8\xB2\xE6\x9F\x93";
    CHECK(VcardFileName(b) == "contact.vcf");
    b.name.clear();
    CHECK(VcardFileName(b) == "contact.vcf");
}

// ---- Availability ----------------------------------------------------------------------------------

TEST_CASE("availability with only a start date, or only an end date") {
    Availability from_may;
    from_may.start_date = Date{2026, 5, 0};
    CHECK(StatusOn(from_may, Date{2026, 4, 30}) == AvailabilityStatus::Upcoming);
    CHECK(StatusOn(from_may, Date{2026, 5, 1}) == AvailabilityStatus::Open);
    CHECK(StatusOn(from_may, Date{2040, 1, 1}) == AvailabilityStatus::Open);  // no end: open from then on

    Availability from_day;
    from_day.start_date = Date{2026, 5, 15};
    CHECK(StatusOn(from_day, Date{2026, 5, 14}) == AvailabilityStatus::Upcoming);
    CHECK(StatusOn(from_day, Date{2026, 5, 15}) == AvailabilityStatus::Open);

    Availability until;
    until.end_date = Date{2025, 8, 31};
    CHECK(StatusOn(until, Date{2020, 1, 1}) == AvailabilityStatus::Open);  // no start: open until the end
}

TEST_CASE("a closed search is worded in the past tense and never as an offer") {
    Availability internship;
    internship.kind = AvailabilityKind::Internship;
    internship.title = "Summer research internship 2025";
    internship.end_date = Date{2025, 8, 31};

    const AvailabilityStatus before = StatusOn(internship, Date{2025, 6, 1});
    CHECK(AvailabilityHeadline(internship, before) == "Summer research internship 2025");
    CHECK(AvailabilityBadge(internship, before) == "Open until 31 Aug 2025");

    const AvailabilityStatus after = StatusOn(internship, Date{2025, 9, 1});
    CHECK(after == AvailabilityStatus::Closed);
    CHECK(AvailabilityHeadline(internship, after) == "Was looking for summer research internship 2025");
    CHECK(AvailabilityBadge(internship, after) == "Closed \xC2\xB7 ended 31 Aug 2025");
    CHECK(StatusId(after) == "closed");

    internship.title = "NUS visiting position";  // an acronym keeps its capitals
    CHECK(AvailabilityHeadline(internship, after) == "Was looking for NUS visiting position");
    internship.title.clear();
    CHECK(AvailabilityHeadline(internship, after) == "Was looking for an internship");

    Availability later;
    later.title = "Visiting researcher";
    later.start_date = Date{2026, 5, 0};
    const AvailabilityStatus upcoming = StatusOn(later, Date{2026, 1, 10});
    CHECK(AvailabilityBadge(later, upcoming) == "From May 2026");
    CHECK(StatusId(upcoming) == "upcoming");
    CHECK(AvailabilityBadge(Availability{}, AvailabilityStatus::Open) == "Open");
}
