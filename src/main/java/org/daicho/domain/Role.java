package org.daicho.domain;

/**
 * What an account may do (issue "Accounts"): 事務担当 keeps the records, 情報セキュリティ管理者 approves,
 * システム管理者 manages accounts and settings. One account may hold several roles.
 */
public enum Role {
    CLERK,
    SECURITY_MANAGER,
    ADMIN
}
