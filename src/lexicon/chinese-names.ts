/**
 * How Chinese names are romanised says where their bearers are from: mainland China writes the
 * given name in Hanyu Pinyin as one word after the surname ("He Zhihua", "Zhao Lijian"); Taiwan
 * writes it in Wade-Giles with a hyphen ("Tseng Ho-jen", "Tsai Ing-wen"). Korean names are also
 * hyphenated ("Moon Jae-in"), so a Taiwanese reading needs a surname Korea does not share.
 */

/** Every Hanyu Pinyin syllable, without tones (ü written v). */
const PINYIN = new Set(`a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu pa pai pan pang pao
pei pen peng pi pian piao pie pin ping po pou pu ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu
fa fan fang fei fen feng fo fou fu da dai dan dang dao de dei den deng di dian diao die ding diu dong dou du duan dui dun duo
ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo na nai nan nang nao ne nei nen neng ni nian
niang niao nie nin ning niu nong nou nu nuan nuo nv nve la lai lan lang lao le lei leng li lia lian liang liao lie lin ling
liu long lou lu luan lun luo lv lve ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ka kai
kan kang kao ke ken keng kong kou ku kua kuai kuan kuang kui kun kuo ha hai han hang hao he hei hen heng hong hou hu hua huai
huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun qi qia qian qiang qiao qie qin qing
qiong qiu qu quan que qun xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun zha zhai zhan zhang zhao zhe zhei
zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo cha chai chan chang chao che chen cheng chi chong chou
chu chua chuai chuan chuang chui chun chuo sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang
shui shun shuo ra ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo za zai zan zang zao ze zei zen zeng zi zong
zou zu zuan zui zun zuo ca cai can cang cao ce cen ceng ci cong cou cu cuan cui cun cuo sa sai san sang sao se sen seng si
song sou su suan sui sun suo ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun wa wai wan wang wei wen weng wo wu
e ei en eng er o ou`.split(/\s+/));

/** The most common mainland surnames, in Pinyin. */
const PINYIN_SURNAMES = new Set(`wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang
xie song tang han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai jia ding wei xue ye yan lu du dai xia zhong qiu
jin fu shen ren qin cui yao shi fan lei fang tan liao zou xiong bai kong hou meng qian duan mao chang hao gu kang wen niu
qiao yin geng zhai xing bi ou tao yue sheng ning shao`.split(/\s+/));

/** Common Taiwanese surnames in Wade-Giles, without those Korean names share (Lee, Ko, Han, Kang). */
const WADE_GILES_SURNAMES = new Set(`chen lin huang chang wang li liu tsai yang hsu cheng hsieh kuo hung chiu tseng liao lai
chou yeh su chuang lu chiang ho lo kao chu pan tu hsiao chien chung fan fu shih yu sun teng peng tai tang weng wei ma hou
tsao hsiung wu kuan mao`.split(/\s+/));

const KOREAN_SURNAMES = new Set(`kim lee park choi jung jeong kang cho yoon yun jang lim han oh seo shin kwon hwang ahn song
yoo hong jeon ko moon yang son bae baek heo nam sim noh ha kwak sung cha joo woo koo min ryu na jin ji chae won chun
bang gong hyun`.split(/\s+/));

/** Whether the word splits into one or two Pinyin syllables ("zhihua" = zhi hua). */
function pinyinGivenName(word: string): boolean {
  if (PINYIN.has(word)) return true;
  for (let k = 1; k < word.length; k++) if (PINYIN.has(word.slice(0, k)) && PINYIN.has(word.slice(k))) return true;
  return false;
}

/** CHN or TWN for a name romanised as one of them writes it (surname first), else null. */
export function chineseNameCountry(name: string): 'CHN' | 'TWN' | null {
  const words = name.trim().split(/\s+/);
  if (words.length !== 2 || !words.every((w) => /^\p{Lu}\p{Ll}*(?:-\p{L}\p{Ll}*)?$/u.test(w))) return null;
  const surname = words[0].toLowerCase();
  const given = words[1].toLowerCase();
  const parts = given.split('-');
  if (parts.length === 2 && parts.every((p) => p.length > 0 && p.length <= 6) && WADE_GILES_SURNAMES.has(surname) && !KOREAN_SURNAMES.has(surname)) {
    return 'TWN';
  }
  return parts.length === 1 && PINYIN_SURNAMES.has(surname) && pinyinGivenName(given) ? 'CHN' : null;
}
