package org.xinyu.casework;

/** 家访 modes: 实地 / 电话 / 视频 / 微信. */
public enum HomeVisitMode {
    IN_PERSON, PHONE, VIDEO, WECHAT;

    /** Phone and video reach an absent parent in another city. */
    public boolean isRemoteVoice() {
        return this == PHONE || this == VIDEO;
    }
}
