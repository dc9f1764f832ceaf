package org.daicho.ui.common;

import org.daicho.domain.Role;
import org.daicho.service.DaichoServices;

/**
 * Who may take which step of a record that needs permission (持出・持込, 廃棄 …), for enabling the buttons; the
 * services refuse the rest anyway. One place, so that every record screen offers the same steps to the same roles.
 */
public final class RecordRoles {

    private RecordRoles() {
    }

    /** 申請 and the steps after permission are recorded by 事務担当 or システム管理者. */
    public static boolean mayRecord(DaichoServices services) {
        return services.actor().mayDo(Role.CLERK, Role.ADMIN);
    }

    /** 許可・却下 in the app is the 情報セキュリティ管理者's. */
    public static boolean mayDecideInApp(DaichoServices services) {
        return services.actor().mayDo(Role.SECURITY_MANAGER);
    }

    /** 紙決裁 may be recorded by 事務担当, システム管理者 or 情報セキュリティ管理者. */
    public static boolean mayRecordPaper(DaichoServices services) {
        return services.actor().mayDo(Role.CLERK, Role.ADMIN, Role.SECURITY_MANAGER);
    }
}
