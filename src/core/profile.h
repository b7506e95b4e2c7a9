// The portfolio's data model: what a profile JSON file says, as plain structs.
// A superset of JSON Resume v1.0.0; our extensions are marked [ext] and documented in data/profile.schema.json.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace portfolio {

// A calendar date with optional month/day precision ("2024", "2024-03", "2024-03-15").
struct Date {
    int year = 0;   // 0 = unset
    int month = 0;  // 1..12, 0 = not given
    int day = 0;    // 1..31, 0 = not given
    bool IsSet() const { return year != 0; }
    int SortKey() const { return year * 10000 + month * 100 + day; }
    friend bool operator==(const Date&, const Date&) = default;
};

// A named person or organisation, optionally linked ("Yang You" -> homepage).
struct Person {
    std::string name;
    std::string url;  // empty, or a checked http/https/mailto link
};

// A typed link ("paper", "code", "blog", "project", "slides", "video", "poster", "docs", "website", ...).
struct Link {
    std::string type;
    std::string url;    // checked http/https/mailto
    std::string label;  // optional text; defaults to the type
};

struct SocialProfile {  // JSON Resume basics.profiles[]
    std::string network;   // "GitHub", "Google Scholar", "Twitter", ...
    std::string username;
    std::string url;
};

struct Location {  // JSON Resume basics.location
    std::string address, postal_code, city, country_code, region;
};

struct Basics {
    std::string name;       // required
    std::string label;      // role line, e.g. "PhD student in Computer Science"
    std::string image;      // avatar path or URL (optional)
    std::string email;
    std::string phone;
    std::string url;        // personal website
    std::string summary;    // bio in inline markup (**bold**, *italic*, [text](url)); blank lines split paragraphs
    Location location;
    std::vector<SocialProfile> profiles;
    std::optional<Person> affiliation;  // [ext] current institution
    std::vector<Person> advisors;       // [ext]
    std::string timezone;               // [ext] IANA zone, e.g. "Asia/Singapore"
    std::string utc_offset;             // [ext] fallback, e.g. "+08:00"
};

// [ext] A publication topic, e.g. "System for Video Models".
struct Topic {
    std::string id;
    std::string name;
    std::string color;  // "#rrggbb" (optional; the theme picks one otherwise)
};

struct Author {
    std::string name;
    bool equal_contribution = false;  // marked with * in the author list
    bool is_owner = false;            // derived: name matches basics.name or basics.aliases
};

enum class VenueKind { Unknown, Conference, Journal, Workshop, Preprint, Thesis, Other };

struct Publication {
    std::string id;                    // [ext] stable id (derived from the title when absent)
    std::string name;                  // title (required)
    std::string publisher;             // venue, e.g. "ICLR 2024", "arXiv"
    VenueKind venue_kind = VenueKind::Unknown;  // [ext] venueKind
    Date release_date;
    std::string url;                   // primary link
    std::string summary;               // abstract (inline markup)
    std::vector<Author> authors;       // [ext]
    std::vector<std::string> topics;   // [ext] topic ids
    std::vector<std::string> projects; // [ext] related project ids
    std::vector<std::string> tags;     // [ext]
    std::vector<std::string> badges;   // [ext] e.g. "First Author"
    std::vector<Link> links;           // [ext]
    std::string bibtex;                // [ext] optional verbatim BibTeX
    bool OwnerIsFirstAuthor() const;   // owner first, or equal-contribution with the first author
    bool OwnerHasEqualContribution() const;
};

struct Project {
    std::string id;                    // [ext]
    std::string name;                  // required
    std::string description;           // one line (inline markup)
    std::vector<std::string> highlights;  // inline markup
    std::vector<std::string> keywords;    // shown as tags
    std::vector<std::string> roles;       // "Project lead"
    Date start_date, end_date;
    std::string url;
    std::string entity;
    std::string type;
    std::vector<Link> links;           // [ext]
    std::string color;                 // [ext] "#rrggbb" for the emblem
    std::string image;                 // [ext] optional image path
    std::string stars;                 // [ext] e.g. "38k"
};

struct Work {
    std::string name;                  // organisation (required)
    std::string position;
    std::string url;
    std::string location;
    std::string description;           // what the organisation does ("Awesome compression company")
    Date start_date, end_date;         // end unset = "now"
    std::string summary;               // inline markup
    std::vector<std::string> highlights;  // inline markup
    std::vector<Person> hosts;         // [ext] supervisors/hosts
    std::vector<std::string> features; // [ext] things owned, shown as chips
};

struct Education {
    std::string institution;           // required
    std::string url;
    std::string area;
    std::string study_type;            // "Ph.D.", "M.S.", "B.S."
    Date start_date, end_date;         // end unset = "now"
    std::string score;
    std::vector<std::string> courses;
    std::vector<Person> supervisors;   // [ext]
    std::string location;              // [ext]
};

struct Volunteer {  // JSON Resume volunteer[]
    std::string organization;          // required
    std::string position;
    std::string url;
    Date start_date, end_date;         // end unset = "now"
    std::string summary;               // inline markup
    std::vector<std::string> highlights;  // inline markup
};

struct Award {  // JSON Resume awards[]
    std::string title;                 // required
    Date date;
    std::string awarder;
    std::string summary;               // inline markup
};

struct Certificate {  // JSON Resume certificates[]
    std::string name;                  // required
    Date date;
    std::string issuer;
    std::string url;
};

struct Skill {  // JSON Resume skills[]
    std::string name;                  // required
    std::string level;                 // "Master", "Advanced", ...
    std::vector<std::string> keywords;
};

struct Language {  // JSON Resume languages[]
    std::string language;              // required
    std::string fluency;               // "Native speaker", ...
};

struct Reference {  // JSON Resume references[]
    std::string name;                  // required
    std::string reference;             // the words, in inline markup
};

struct Interest {  // JSON Resume interests[]
    std::string name;
    std::vector<std::string> keywords;
    std::string topic;                 // [ext] topic id that this interest filters by
};

enum class AvailabilityKind { Internship, Collaboration, Chat, Position, Other };

// [ext] What the owner is open to, with an optional date range.
struct Availability {
    AvailabilityKind kind = AvailabilityKind::Other;
    std::string title;                 // short, e.g. "Summer research internship 2025"
    std::string description;           // inline markup, the owner's own words
    Date start_date, end_date;
};

struct Section {  // [ext] free text sections, e.g. "Research" statement
    std::string id;
    std::string title;
    std::string body;                  // inline markup
};

struct Profile {
    Basics basics;
    std::vector<std::string> aliases;  // [ext] other spellings of the owner's name in author lists
    std::vector<Topic> topics;
    std::vector<Publication> publications;
    std::vector<Project> projects;
    std::vector<Work> work;
    std::vector<Education> education;
    std::vector<Volunteer> volunteer;
    std::vector<Award> awards;
    std::vector<Certificate> certificates;
    std::vector<Skill> skills;
    std::vector<Language> languages;
    std::vector<Reference> references;
    std::vector<Interest> interests;
    std::vector<Availability> availability;
    std::vector<Section> sections;

    const Topic* FindTopic(std::string_view id) const;
    const Project* FindProject(std::string_view id) const;
    // Indices of the publications that name the project in their "projects", in profile order.
    std::vector<std::size_t> PublicationsOfProject(std::string_view project_id) const;
};

}  // namespace portfolio
