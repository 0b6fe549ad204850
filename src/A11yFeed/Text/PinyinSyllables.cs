using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace A11yFeed.Text;

/// <summary>
/// The Mandarin syllable inventory and the numbered form espeak-ng's pinyin voice reads: "yin2", "lv4", "de5"
/// (ü written v, tone 1-4, 5 for the neutral tone).
/// </summary>
internal static class PinyinSyllables
{
    // Standard Putonghua syllables; interjections without a vowel (m, n, ng, hng, ê) are left out on purpose:
    // the pinyin voice has no reading for them, so the data loader maps them to "en"/"ei".
    private const string Inventory = """
        a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng
        cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu
        cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo e
        ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan
        guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian
        jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan
        kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun
        luo lv lve ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne
        nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve o ou pa pai pan pang pao pei pen
        peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang
        rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she
        shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan
        tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia
        xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue
        yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua
        zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo
        """;

    public static FrozenSet<string> Bases { get; } =
        Inventory.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="token"/> is one numbered syllable such as "hang2" or "de5".</summary>
    public static bool IsValid(string token) =>
        token.Length >= 2 && token[^1] is >= '1' and <= '5' && Bases.Contains(token[..^1]);

    /// <summary>Lower-cases a user-written numbered syllable and spells ü as v ("lü4", "lu:4" become "lv4").</summary>
    public static string Canonical(string token) =>
        token.Trim().ToLowerInvariant().Replace("u:", "v", StringComparison.Ordinal).Replace('ü', 'v');

    /// <summary>Turns one tone-marked syllable ("háng", "lǜ", "de") into its numbered form ("hang2", "lv4", "de5").</summary>
    public static string FromToneMarks(string syllable)
    {
        var tone = 5;
        var circumflex = false;
        var builder = new StringBuilder(syllable.Length + 1);
        foreach (var c in syllable.Normalize(NormalizationForm.FormD))
        {
            switch (c)
            {
                case '\u0304': tone = 1; break;
                case '\u0301': tone = 2; break;
                case '\u030C': tone = 3; break;
                case '\u0300': tone = 4; break;
                case '\u0308': builder[^1] = 'v'; break; // u + diaeresis
                case '\u0302': circumflex = true; break; // ê
                default: builder.Append(char.ToLowerInvariant(c)); break;
            }
        }

        var bare = builder.ToString();
        bare = bare switch
        {
            "m" or "n" or "ng" or "hng" => "en",
            "e" when circumflex => "ei",
            _ => bare,
        };
        return bare + tone.ToString(CultureInfo.InvariantCulture);
    }
}
