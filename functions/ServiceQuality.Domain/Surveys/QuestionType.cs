namespace ServiceQuality.Domain.Surveys;

public enum QuestionType
{
    /// <summary>The 5-point satisfaction scale plus "not applicable".</summary>
    Likert,
    /// <summary>One option out of a fixed list.</summary>
    Choice,
    /// <summary>Free text, sent on for classification.</summary>
    Text,
}
