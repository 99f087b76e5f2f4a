package org.inkstream.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DatelineTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("datelines")
  void readsAgencyCreditsAndWhereTheBodyStarts(String text, String agency, String credits, String body) {
    Dateline dateline = Dateline.parse(text).orElseThrow();
    assertThat(dateline.agency()).isEqualTo(agency);
    assertThat(dateline.credits()).isEqualTo(credits);
    assertThat(text.substring(dateline.length())).isEqualTo(body);
  }

  static Stream<Arguments> datelines() {
    return Stream.of(
        Arguments.of("本报讯(记者原子 通讯员曾晓艳)记者昨日获悉", "本报讯", "记者原子 通讯员曾晓艳", "记者昨日获悉"),
        Arguments.of("本报讯（记者周蓉 陈丹 通讯员宋富毅）今年10月", "本报讯", "记者周蓉 陈丹 通讯员宋富毅", "今年10月"),
        Arguments.of("本报讯 记者姜明助报道:11月21日下午", "本报讯", "记者姜明助", "11月21日下午"),
        Arguments.of("新华社消息 新冠肺炎影响之下", "新华社", "", "新冠肺炎影响之下"),
        Arguments.of("新华社北京12月1日电（记者 王立）国务院", "新华社", "记者 王立", "国务院"),
        Arguments.of("本报12月3日讯（记者 严寒）3日", "本报讯", "记者 严寒", "3日"),
        Arguments.of("本报北京12月3日电 记者从", "本报讯", "", "记者从"),
        Arguments.of("荆州日报讯（记者琳玲）为深入推进", "荆州日报", "记者琳玲", "为深入推进"),
        // the paper's correspondent, or its reporter, before a name and 报道, with no 讯
        Arguments.of("本报驻阿联酋记者林皎明报道：阿联酋总统", "本报讯", "记者林皎明", "阿联酋总统"),
        Arguments.of("新华社驻伦敦记者王宏报道：英国首相", "新华社", "记者王宏", "英国首相"),
        Arguments.of("记者张明华　通讯员李小红报道：市政府", "本报讯", "记者张明华　通讯员李小红", "市政府"),
        // another dispatch of the same sender, as older papers open the next report of a run
        Arguments.of("【又讯】电车公司工人，因要求增加工资", "又讯", "", "电车公司工人，因要求增加工资"),
        // wire services of the 1930s-40s press, the day in Chinese numerals
        Arguments.of("【中央社南京十日电】行政院昨日", "中央社", "", "行政院昨日"),
        Arguments.of("路透社伦敦廿二日电 英国政府", "路透社", "", "英国政府"),
        // brackets that hold no byline stay in the body
        Arguments.of("本报讯（十堰）今天", "本报讯", "", "（十堰）今天"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("places")
  void readsWhereTheReportWasFiled(String text, String place) {
    assertThat(Dateline.parse(text).orElseThrow().place()).isEqualTo(place);
  }

  static Stream<Arguments> places() {
    return Stream.of(
        Arguments.of("新华社北京12月1日电（记者 王立）国务院", "北京"),
        Arguments.of("本报济南３月９日讯记者宋学春报道：山东省委", "济南"),
        Arguments.of("中新网客户端北京11月7日电(记者 宋宇晟 任思雨)“现在", "北京"),
        Arguments.of("中新网悉尼10月30日电 （郭鑫 崔琳）悉尼市政府", "悉尼"),
        Arguments.of("新华社华盛顿1月5日电 美国", "华盛顿"),
        Arguments.of("【中央社南京十日电】行政院昨日", "南京"),
        Arguments.of("本报汉口廿一日电 武汉各界", "汉口"),
        // the sender names no place
        Arguments.of("本报讯(记者原子 通讯员曾晓艳)记者昨日获悉", ""),
        Arguments.of("本报12月3日讯（记者 严寒）3日", ""),
        Arguments.of("新华社消息 新冠肺炎影响之下", ""),
        Arguments.of("新华社电（记者 史竞男）国家版权局", ""),
        Arguments.of("荆州日报讯（记者琳玲）为深入推进", ""));
  }

  @Test
  void ordinaryTextHasNoDateline() {
    assertThat(Dateline.parse("会议指出,平安稳定工作是一项")).isEmpty();
    assertThat(Dateline.parse("据悉,本报讯员")).isEmpty();
    assertThat(Dateline.parse("又讯问了两名犯罪嫌疑人")).isEmpty();
    // a foreign agency quoted in a report today: a dateline only in full (路透社伦敦廿二日电)
    assertThat(Dateline.parse("法新社消息称，当地时间5日")).isEmpty();
    // 通讯员 holds the character 讯 but opens no dateline
    assertThat(Dateline.parse("本报记者 吴刚 通讯员 孙莉")).isEmpty();
    // the paper's reporter as the subject of a sentence: no name and 报道 follow
    assertThat(Dateline.parse("本报记者从市教育局获悉，今年中考报道工作")).isEmpty();
    assertThat(Dateline.parse("记者日前从市教育局了解到，今年中考报道：")).isEmpty();
  }
}
