package org.marketplace.complaints.api;

/** What an evidence item is (商品照片、聊天记录、物流信息…). */
public enum EvidenceKind {
    PHOTO,
    CHAT_LOG,
    LOGISTICS,
    INVOICE,
    OTHER
}
