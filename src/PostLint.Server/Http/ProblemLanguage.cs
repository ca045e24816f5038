using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace PostLint.Server.Http;

/// <summary>
/// Gives every problem document the language of its request: the problems the server writes
/// itself are already in it (<see cref="LocalizedProblem"/>); those ASP.NET Core makes — a 404
/// for an unknown address, a 405, a 500 — come with an English title for their status, which is
/// replaced by <c>server.status.{code}</c> when the tables have one.
/// </summary>
internal static class ProblemLanguage
{
    /// <summary>ASP.NET Core's title for a 500 (its other titles are the status's reason phrase).</summary>
    private const string ServerErrorTitle = "An error occurred while processing your request.";

    public static void Apply(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var messages = RequestLanguage.MessagesFor(context.HttpContext);
        var problem = context.ProblemDetails;
        if (problem.Status is { } status && (problem.Title == ReasonPhrases.GetReasonPhrase(status) || problem.Title == ServerErrorTitle) && messages.Contains(StatusId(status)))
        {
            problem.Title = messages[StatusId(status)];
        }
    }

    private static string StatusId(int status) => "server.status." + status.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
