package org.inkstream.enrichment;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Countries a paper names by one character before an office, an army or a side: 美方, 俄军, 以总理, 乌国防部, 中美关系,
 * 美苏两国. National papers write foreign news this way in every decade (苏外长, 美国务卿, 英首相), often with no full
 * country name in the headline; the entity lists leave one-character abbreviations out of the places (a reader does
 * not file 美 as a place), so the topic filer counts them here as mentions of a setting abroad.
 *
 * <p>Only an abbreviation followed by one of a few offices and sides counts, never the character alone (美 is also
 * beautiful, 日 a day, 以 a preposition), and not after a character that makes a word with it: 江苏政府 is a province's,
 * 司法当局 a court's, 今日方… a day's, 可以军… a preposition's. Over the 35,000 articles of the news corpora, about one
 * match in thirty was inside a longer country name (巴基斯坦总统), which is abroad anyway, and a sample of 60 read
 * had none at home.
 */
final class AbbreviatedCountries {

  /** Characters that end a common word with one of the abbreviations: 江苏, 执法, 今日, 同意, 王朝, 超越, 可以... */
  private static final String WORD_BEFORE = "江复司执立违依宪办做说用守合非犯今昨明节每当近前终平抗本假生白往逐时末半周次旧"
      + "同注满民故任随创善失得心诗大王唐清宋元汉早皇北南超卓跨翻飞逾穿打烙手盖影承刻可所予加难足借何据赖是无不为或之然就乃藉给尤"
      + "下尾嘴泥锅盐结电余风奔微声光短长水脉包张搜网阎收巡尘完优赞健精审华群道品公功师坦称盛首金";
  /** One-character names of foreign countries as the Chinese press prints them (美 America, 苏 the Soviet Union...). */
  private static final String COUNTRY = "美苏英法德日意俄朝韩越印以伊埃波捷匈罗阿泰缅菲柬叙黎希葡荷挪芬奥澳墨尼坦赞肯乌巴";
  /** Offices, armies and sides after the abbreviation; 军 and 方 not as the start of a word (军事, 方面). */
  private static final String OFFICE = "总统|副总统|总理|首相|外长|外相|外交部|外交大臣|国务卿|防长|国防部|议会|国会|众院|参院"
      + "|政府|当局|元首|国王|女王|首脑|领导人|驻华大使|大使|舰|战机|总参谋长|两国|关系"
      + "|军(?![事区民训人队营属费])|方(?![面式法向案便针位言圆形块能才])";
  private static final Pattern OFFICE_AFTER = Pattern.compile("(?:" + OFFICE + ")");
  private static final BitSet COUNTRIES = bits(COUNTRY);
  private static final BitSet WORDS_BEFORE = bits(WORD_BEFORE);

  private AbbreviatedCountries() {}

  /**
   * How many times {@code text} names a foreign country by its one-character abbreviation before an office. A scan
   * for the abbreviations with the office matched only after one, not one regular expression: a character class of
   * some 200 Chinese characters is tested one character after another at every position of every article.
   */
  static int mentions(String text) {
    int mentions = 0;
    Matcher office = OFFICE_AFTER.matcher(text);
    for (int i = 0; i + 1 < text.length(); i++) {
      if (COUNTRIES.get(text.charAt(i)) && (i == 0 || !WORDS_BEFORE.get(text.charAt(i - 1)))
          && office.region(i + 1, text.length()).lookingAt()) {
        mentions++;
      }
    }
    return mentions;
  }

  /**
   * Whether a word of two characters is two countries' abbreviations side by side (乌俄, 美英, 以巴, 中马): a pair of
   * parties, which the segmenter may read as a foreign name (乌俄 + 签署) or a place (中俄).
   * The caller asks the gazetteer first: 巴黎 and 印尼 are places.
   */
  static boolean namesTwoCountries(String word) {
    return word.length() == 2 && (word.charAt(0) == '中' || COUNTRIES.get(word.charAt(0)))
        && COUNTRIES.get(word.charAt(1));
  }

  /**
   * Whether a word of two characters is a country's abbreviation and 新, new (法新 + 总理, 日新 + 首相): the country's
   * new office holder, when a title follows, which the segmenter may read as a foreign name.
   */
  static boolean opensNewOfficeHolder(String word) {
    return word.length() == 2 && COUNTRIES.get(word.charAt(0)) && word.charAt(1) == '新';
  }

  private static BitSet bits(String characters) {
    BitSet bits = new BitSet(Character.MAX_VALUE + 1);
    characters.chars().forEach(bits::set);
    return bits;
  }
}
