package org.xinyu.student;

/** Family circumstances that the notice singles out for extra attention (重点关注). */
public enum Circumstance {
    /** 留守: parents work away from home. */
    LEFT_BEHIND,
    /** 家庭经济困难. */
    POOR,
    /** 残疾. */
    DISABLED,
    /** 单亲. */
    SINGLE_PARENT,
    /** 重大变故: bereavement, the pandemic, family violence, a disaster. */
    ADVERSE_EVENT
}
