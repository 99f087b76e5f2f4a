package org.inkstream.ingest;

import java.util.BitSet;
import org.inkstream.core.Page;

/**
 * Tells whether a page was printed in traditional or simplified characters, so that a traditional page (a Hong Kong or
 * Taiwan paper, or a Big5 file) can be flagged while its text stays exactly as printed.
 *
 * <p>It counts characters that occur in only one of the two scripts: about 350 frequent characters each, chosen from
 * pairs such as 這/这, 國/国, 報/报 where the other form does not appear in running text of that script. Characters that
 * both scripts print (后, 乾, 著, 於, 余, 干, 台, 范, 志, 制...) are left out, so a
 * simplified page quoting one old name is not flagged. A page is traditional when its traditional-only characters
 * outnumber its simplified-only ones, simplified when the reverse or a tie with some evidence, and unknown (null) when
 * it has none of either: a list of names or numbers says nothing. A dictionary library (HanLP, opencc4j) would do the
 * same counting with a larger list, at 1-8 MB of jar; the frequent characters already decide every real page.
 */
final class HanScript {

  private static final String TRADITIONAL_ONLY =
      "這個們來時會說國對為學發經動過還點開問長現實當從應頭關樣種進與業產見體電機軍員區義將無話東議間總書萬條"
      + "聽權變邊場記報該師線導車設結資給傳統處單隊決讓氣風親認際歷據聯戰華務參級兩網讀鄉鎮縣組織領幹節環衛購濟"
      + "歲愛層飛團題圖錢號運陽陰紅綠藍黃聲響願顯類醫藥護療農歡樂擊戲劇雙館龍鳳鳥魚馬門閃陸觀覺視語調課談請謝證識"
      + "貝財責貨質費賣買賽贊趕趙軟較輕輪輸辦遠達違連選遷鐘鐵錯難靜順預額顏飯驗鬥鮮麥齊齒麼髮裡臺雲歷曆漢島廣爭"
      + "貴區寫協動勞勢勝務區辭閱隨隨濕潔淨滅災煙熱營獨獎瑪畫當盡監盤礙禮禍積穩競筆節範築簡糧糾紀約級紛純紙納紐"
      + "練組細終經綜綱維緊緒線編緩縮總繼續罰羅聖聞職腦膽臉興舊艱藝蘇虛處號蟲術衝補裝製複襲規親訂計訊討訓記訪"
      + "設許訴診詞試詩話詳誌認誕誤說誰課調談請論諸謀講謝證譯議護讀變讓豐豬負貢貧貨販貫責貸費貿資賓賠賢賤質購賴"
      + "趨跡踐蹤軌軍軒較載輔輛輝輯輸轉轟辦農這遞遠適遲遺還邁鄰醫釋針鈔鋼錄錦鍵鎖鏡長門閉開閒間閘閣闊關闢陣隊階際"
      + "險隨隱雖雞離電靈韓頁頂項順須預領頻題額類顧顯風颱飛飯飲飽餐館饒驅驗騙驚髒魯鳴鴨麗黨齡";

  private static final String SIMPLIFIED_ONLY =
      "这个们来时会说国对为学发经动过还点开问长现实当从应头关样种进与业产见体电机军员区义将无话东议间总书万条"
      + "听权变边场记报该师线导车设结资给传统处单队决让气风亲认际历联战华务参级两网读乡镇县组织领节环卫购济"
      + "岁爱层飞团题图钱号运阳阴红绿蓝黄声响愿显类医药护疗农欢乐击戏剧双馆龙凤鸟鱼马门闪陆观觉视语调课谈请谢证识"
      + "贝财责货质费卖买赛赞赶赵软较轻轮输办远达违连选迁钟铁错难静顺预额颜饭验鲜麦齐齿汉岛广争贵写协劳势胜辞阅随"
      + "湿洁净灭灾烟热营独奖玛画尽监盘碍礼祸积稳竞笔筑简粮纠纪约纷纯纸纳纽练细终综纲维紧绪编缓缩继续罚罗圣闻"
      + "职脑胆脸兴旧艰艺苏虚术补装复袭规订计讯讨训访设许诉诊词试诗详诞误谁论诸谋讲译猪负贡贫贩贯贷贸宾赔"
      + "贤贱赖趋践踪轨轩载辅辆辉辑转轰递适迟遗迈邻释针钞钢录锦键锁镜闭闲闸阁阔阵阶险隐虽鸡离灵韩页顶项须领频"
      + "顾饮饱饶驱骗惊脏鲁鸣鸭丽龄";

  /** Lookup by character: a scan of the lists per character made reading a page five times slower. */
  private static final BitSet TRADITIONAL = bits(TRADITIONAL_ONLY);

  private static final BitSet SIMPLIFIED = bits(SIMPLIFIED_ONLY);

  private HanScript() {}

  private static BitSet bits(String characters) {
    BitSet bits = new BitSet(0x10000);
    characters.chars().forEach(bits::set);
    return bits;
  }

  /** {@link Page#TRADITIONAL}, {@link Page#SIMPLIFIED}, or null when the text holds no character that tells. */
  static String of(String text) {
    int traditional = 0;
    int simplified = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x4E00) {
        continue; // below the CJK block: no Han character
      }
      if (TRADITIONAL.get(c)) {
        traditional++;
      } else if (SIMPLIFIED.get(c)) {
        simplified++;
      }
    }
    if (traditional == 0 && simplified == 0) {
      return null;
    }
    return traditional > simplified ? Page.TRADITIONAL : Page.SIMPLIFIED;
  }
}
