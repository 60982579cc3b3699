package org.xinyu.demo;

import java.util.SplittableRandom;

/**
 * Plausible Chinese full names for demo data. Surnames are drawn by their approximate frequency in
 * China (a few Shaanxi ones such as 党, 屈, 惠 and 寇 slightly raised); given names have one or
 * two characters drawn from gender-appropriate pools, with separate pools for children born after
 * about 2008 and for adults (teachers). Deterministic for a given random generator state.
 */
public final class ChineseNames {

    /** Surnames, each followed by its weight (roughly per mille of the population). */
    private static final String[] SURNAMES = {
            "王", "71", "李", "70", "张", "67", "刘", "54", "陈", "46", "杨", "31", "赵", "23", "黄", "22",
            "周", "21", "吴", "20", "徐", "13", "孙", "13", "胡", "13", "朱", "12", "高", "12", "林", "12",
            "何", "12", "郭", "11", "马", "11", "罗", "9", "梁", "8", "宋", "8", "郑", "7", "谢", "7",
            "韩", "7", "唐", "6", "冯", "6", "于", "6", "董", "5", "程", "5", "曹", "5", "袁", "5",
            "邓", "5", "许", "5", "傅", "4", "沈", "4", "曾", "4", "彭", "4", "吕", "4", "苏", "4",
            "卢", "4", "蒋", "4", "蔡", "4", "贾", "4", "丁", "3", "魏", "3", "薛", "3", "叶", "3",
            "阎", "3", "余", "3", "潘", "3", "杜", "3", "戴", "3", "夏", "2", "钟", "2", "汪", "2",
            "田", "2", "任", "2", "姜", "2", "范", "2", "方", "2", "石", "2", "姚", "2", "谭", "2",
            "廖", "2", "邹", "2", "熊", "2", "金", "2", "陆", "2", "郝", "2", "孔", "2", "白", "2",
            "崔", "2", "康", "2", "毛", "2", "邱", "2", "秦", "2", "江", "2", "史", "2", "顾", "2",
            "侯", "2", "邵", "2", "孟", "2", "龙", "2", "段", "2", "雷", "3", "钱", "2", "汤", "2",
            "尹", "2", "常", "2", "武", "2", "乔", "2", "贺", "2", "党", "2", "屈", "1", "惠", "1",
            "寇", "1", "樊", "1", "温", "1", "欧阳", "1",
    };

    private static final String CHILD_BOY_FIRST = "子浩宇梓一俊博泽嘉明文睿思皓逸晨铭天家志昊星轩奕云鹏承景瑞振鸿";
    private static final String CHILD_BOY_SECOND = "轩宇涵浩然辰泽阳杰航博睿豪铭凯鑫翔洋霖诚彬峰磊晨伟哲康川恒毅远";
    private static final String CHILD_BOY_SINGLE = "浩宇杰博涛鹏磊洋阳航鑫睿凯昊晨";
    private static final String CHILD_GIRL_FIRST = "欣梓雨子佳思语诗可紫一嘉若依梦雅安晓静心芷婉怡舒美艺书沐乐";
    private static final String CHILD_GIRL_SECOND = "怡涵萱琪彤妍悦菲瑶婷欣然雯琳宁晴雪诺茜馨桐玥颖洁蕊婧璐溪";
    private static final String CHILD_GIRL_SINGLE = "婷悦琪妍萱欣雪静颖瑶楠璐佳";
    private static final String CHILD_GIRL_DOUBLED = "婷欣佳可萌甜媛";

    private static final String ADULT_MAN_FIRST = "建志国海永立晓文俊明军伟宏德振红春";
    private static final String ADULT_MAN_SECOND = "军华明平强伟刚勇峰斌涛辉林波鹏龙民东";
    private static final String ADULT_MAN_SINGLE = "军伟刚勇斌强涛磊峰鹏";
    private static final String ADULT_WOMAN_FIRST = "丽晓秀淑海春红雅静玉美小文慧彩亚";
    private static final String ADULT_WOMAN_SECOND = "娟芳丽红敏霞燕琴萍静梅洁玲艳华莉娜";
    private static final String ADULT_WOMAN_SINGLE = "丽红芳娟敏静燕莉娜霞";

    private static final int SURNAME_TOTAL_WEIGHT;

    static {
        int total = 0;
        for (int i = 1; i < SURNAMES.length; i += 2) {
            total += Integer.parseInt(SURNAMES[i]);
        }
        SURNAME_TOTAL_WEIGHT = total;
    }

    private ChineseNames() {
    }

    /** A surname, by frequency. */
    public static String surname(SplittableRandom rng) {
        int pick = rng.nextInt(SURNAME_TOTAL_WEIGHT);
        for (int i = 0; i < SURNAMES.length; i += 2) {
            pick -= Integer.parseInt(SURNAMES[i + 1]);
            if (pick < 0) {
                return SURNAMES[i];
            }
        }
        throw new AssertionError("surname weights");
    }

    /** A full name for a school child of the given gender ({@code F} or {@code M}). */
    public static String child(String gender, SplittableRandom rng) {
        String surname = surname(rng);
        boolean girl = isFemale(gender);
        if (girl && rng.nextInt(100) < 3) {
            String c = pick(CHILD_GIRL_DOUBLED, rng);
            return surname + c + c;
        }
        if (rng.nextInt(100) < 15) {
            return surname + pick(girl ? CHILD_GIRL_SINGLE : CHILD_BOY_SINGLE, rng);
        }
        return surname + twoCharacters(girl ? CHILD_GIRL_FIRST : CHILD_BOY_FIRST,
                girl ? CHILD_GIRL_SECOND : CHILD_BOY_SECOND, rng);
    }

    /** A full name for an adult (a teacher) of the given gender ({@code F} or {@code M}). */
    public static String adult(String gender, SplittableRandom rng) {
        String surname = surname(rng);
        boolean woman = isFemale(gender);
        if (rng.nextInt(100) < 30) {
            return surname + pick(woman ? ADULT_WOMAN_SINGLE : ADULT_MAN_SINGLE, rng);
        }
        return surname + twoCharacters(woman ? ADULT_WOMAN_FIRST : ADULT_MAN_FIRST,
                woman ? ADULT_WOMAN_SECOND : ADULT_MAN_SECOND, rng);
    }

    private static boolean isFemale(String gender) {
        if ("F".equals(gender)) {
            return true;
        }
        if ("M".equals(gender)) {
            return false;
        }
        throw new IllegalArgumentException("gender must be F or M: " + gender);
    }

    private static String twoCharacters(String firstPool, String secondPool, SplittableRandom rng) {
        String first = pick(firstPool, rng);
        String second = pick(secondPool, rng);
        while (second.equals(first)) {
            second = pick(secondPool, rng);
        }
        return first + second;
    }

    private static String pick(String pool, SplittableRandom rng) {
        int i = rng.nextInt(pool.codePointCount(0, pool.length()));
        int start = pool.offsetByCodePoints(0, i);
        return pool.substring(start, pool.offsetByCodePoints(start, 1));
    }
}
