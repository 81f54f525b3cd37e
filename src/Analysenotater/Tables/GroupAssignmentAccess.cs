namespace Analysenotater.Tables;

/// <summary>Lets other parts of the library group respondents exactly as the tables do.</summary>
internal static class GroupAssignmentAccess
{
    public static (IReadOnlyList<string> Labels, int[] GroupOf) Assign(Data.SurveyDataset data, string groupBy)
    {
        var ga = GroupAssignment.Build(data, groupBy, null, FrequencyOptions.Default);
        return (ga.Labels, ga.GroupOf);
    }
}
