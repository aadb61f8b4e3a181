namespace ServiceQuality.DevHosting;

/// <summary>People of functions/definitions/staff.json that tests sign in as, one per role.</summary>
public static class TestStaff
{
    /// <summary>陳怡君, triage (unit service-centre).</summary>
    public const string Triage = "chen.yijun@branch.example.gov.tw";

    /// <summary>林志明, unit user of inspection-1.</summary>
    public const string UnitInspection1 = "lin.zhiming@branch.example.gov.tw";

    /// <summary>黃淑芬, unit user of metrology.</summary>
    public const string UnitMetrology = "huang.shufen@branch.example.gov.tw";

    /// <summary>張家豪, etiquette tester.</summary>
    public const string EtiquetteTester = "chang.chiahao@branch.example.gov.tw";

    /// <summary>王美玲, manager.</summary>
    public const string Manager = "wang.meiling@branch.example.gov.tw";

    /// <summary>李建宏, admin.</summary>
    public const string Admin = "li.jianhong@branch.example.gov.tw";

    /// <summary>蔡雅雯, triage and etiquette tester.</summary>
    public const string TriageAndTester = "tsai.yawen@branch.example.gov.tw";
}
