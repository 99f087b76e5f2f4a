package org.inkstream.corpus;

import java.util.List;
import java.util.Random;

/**
 * The made-up people and the real places a rendered page needs around its real article text: reporters' names,
 * datelines' cities, papers, column names, banners. Names are drawn from common surnames and given-name characters,
 * so no real reporter is quoted; places are public facts.
 */
final class Vocabulary {

  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
      + "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤柯";
  private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "上官", "诸葛", "令狐");
  private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文辉力斌宇浩凯峰鹏飞晨"
      + "欣怡婷雪琳晓燕丹蕾佳颖倩亮志永春海林波宁新光荣梅莉琴云莹露瑶璐琦子涵轩昊然博睿哲思远航";
  static final List<String> CITIES = List.of("北京", "上海", "天津", "重庆", "武汉", "广州", "深圳", "南京", "杭州", "成都",
      "西安", "长沙", "郑州", "济南", "沈阳", "哈尔滨", "长春", "石家庄", "太原", "合肥", "福州", "南昌", "南宁", "海口",
      "贵阳", "昆明", "拉萨", "兰州", "西宁", "银川", "乌鲁木齐", "呼和浩特", "大连", "青岛", "宁波", "厦门", "苏州", "无锡",
      "温州", "襄阳", "宜昌", "荆州", "十堰", "黄石", "孝感", "咸宁", "恩施", "岳阳", "常德", "衡阳", "株洲", "九江",
      "赣州", "洛阳", "开封", "南阳", "徐州", "扬州", "绍兴", "台州", "泉州", "漳州", "佛山", "东莞", "珠海", "汕头",
      "桂林", "柳州", "遵义", "大理", "丽江", "延安", "宝鸡", "天水", "酒泉", "喀什", "伊犁", "包头", "鄂尔多斯", "大同",
      "唐山", "保定", "邯郸", "秦皇岛", "烟台", "潍坊", "临沂", "威海", "吉林", "延边", "齐齐哈尔", "牡丹江", "丹东", "锦州");
  static final List<String> ABROAD = List.of("联合国", "华盛顿", "纽约", "东京", "莫斯科", "巴黎", "伦敦", "柏林", "开罗",
      "新德里", "阿布扎比", "曼谷", "河内", "首尔", "平壤", "雅加达", "堪培拉", "渥太华", "巴西利亚", "约翰内斯堡", "内罗毕",
      "日内瓦", "维也纳", "罗马", "马德里", "布鲁塞尔", "伊斯兰堡", "德黑兰", "利雅得", "安卡拉");
  static final List<String> NATIONAL_PAPERS = List.of("人民日报", "光明日报", "经济日报", "工人日报", "农民日报", "中国青年报",
      "法治日报", "科技日报", "中国妇女报", "中国教育报", "解放军报");
  private static final List<String> PAPER_KINDS = List.of("日报", "晚报", "日报", "日报", "都市报", "新闻");
  static final List<String> COLUMN_KINDS = List.of("时评", "评论", "短评", "快评", "论坛", "观察", "漫谈", "杂谈", "随笔",
      "言论", "社论", "点评", "视点", "热评", "锐评", "新论", "观点", "论语", "纵横", "评说");
  static final List<String> BANNERS = List.of("要闻", "综合新闻", "本地新闻", "经济", "社会", "文化", "体育", "国际",
      "时事", "专题", "民生", "法治", "教育", "科技", "健康", "副刊", "县域经济", "乡村振兴", "城事", "看天下", "理论",
      "视觉", "关注", "深度", "聚焦", "新闻眼", "地方新闻", "评论", "文体", "财经");
  static final List<String> BRIEF_BANNERS = List.of("简讯", "新闻速递", "快讯", "新闻简报", "一周要闻", "动态");
  static final List<String> TEASER_MARKS = List.of("今日导读", "导读", "本期导读", "要闻导读");
  static final List<String> NOTICE_KINDS = List.of("招聘启事", "公告", "通告", "遗失声明", "拍卖公告", "招标公告",
      "征集启事", "公示", "通知", "声明");
  static final List<String> JOBS = List.of("会计", "文员", "司机", "销售代表", "技术员", "保安", "厨师", "护士", "教师",
      "电工", "仓管员", "客服专员", "设计师", "业务经理");
  static final List<String> WEEKDAYS = List.of("一", "二", "三", "四", "五", "六", "日");
  static final String CN_NUMBERS = "一二三四五六七八九十";

  private Vocabulary() {}

  static String name(Random rnd) {
    String surname = rnd.nextInt(40) == 0 ? pick(rnd, COMPOUND_SURNAMES)
        : String.valueOf(SURNAMES.charAt(rnd.nextInt(SURNAMES.length())));
    int given = rnd.nextInt(10) < 3 ? 1 : 2;
    StringBuilder out = new StringBuilder(surname);
    for (int i = 0; i < given; i++) {
      out.append(GIVEN.charAt(rnd.nextInt(GIVEN.length())));
    }
    return out.toString();
  }

  static String paper(Random rnd) {
    return pick(rnd, CITIES) + pick(rnd, PAPER_KINDS);
  }

  static String column(Random rnd, String paper) {
    String head = rnd.nextBoolean() ? paper.substring(0, Math.min(2, paper.length())) : pick(rnd, CITIES);
    return head + pick(rnd, COLUMN_KINDS);
  }

  /** A page number as papers print it in pointers: 二, 3, A4. */
  static String pageNumber(Random rnd) {
    return switch (rnd.nextInt(3)) {
      case 0 -> String.valueOf(CN_NUMBERS.charAt(rnd.nextInt(8) + 1));
      case 1 -> String.valueOf(rnd.nextInt(15) + 2);
      default -> "A" + (rnd.nextInt(15) + 2);
    };
  }

  static <T> T pick(Random rnd, List<T> items) {
    return items.get(rnd.nextInt(items.size()));
  }
}
