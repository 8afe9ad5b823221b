import { displayLanguageTag, isLanguage, languageOf } from "../../src/core/language";

describe("languageOf", () => {
  it.each([
    ["zh-CN", "zh-CN"],
    ["zh-cn", "zh-CN"],
    ["zh", "zh-CN"],
    ["zh-SG", "zh-CN"],
    ["zh-Hans", "zh-CN"],
    ["zh-Hans-HK", "zh-CN"],
    ["zh_CN", "zh-CN"],
    ["zh-TW", "en"],
    ["zh-HK", "en"],
    ["zh-Hant-CN", "en"],
    ["en-US", "en"],
    ["de-DE", "en"],
    ["", "en"],
  ])("%s → %s", (tag, lang) => {
    expect(languageOf(tag)).toBe(lang);
  });

  it("takes a missing tag as English", () => {
    expect(languageOf(undefined)).toBe("en");
    expect(languageOf(null)).toBe("en");
  });
});

describe("isLanguage", () => {
  it("accepts only the two languages", () => {
    expect(isLanguage("en")).toBe(true);
    expect(isLanguage("zh-CN")).toBe(true);
    expect(isLanguage("zh")).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });
});

describe("displayLanguageTag", () => {
  it("reads Office.context.displayLanguage", () => {
    expect(displayLanguageTag({ Office: { context: { displayLanguage: "zh-CN" } } })).toBe("zh-CN");
  });

  it("is undefined without Office, a context or a tag, and when reading it throws", () => {
    expect(displayLanguageTag({})).toBeUndefined();
    expect(displayLanguageTag({ Office: {} })).toBeUndefined();
    expect(displayLanguageTag({ Office: { context: { displayLanguage: "" } } })).toBeUndefined();
    const notReady = {
      Office: {
        get context(): unknown {
          throw new Error("Office.context is not ready");
        },
      },
    };
    expect(displayLanguageTag(notReady)).toBeUndefined();
  });
});
