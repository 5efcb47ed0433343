using WaiaaS.Core.Configuration;
using WaiaaS.Core.Errors;
using WaiaaS.Core.Policies;

namespace WaiaaS.Daemon.Transactions;

/// <summary>Stage 2 of the pipeline: a session's constraints, checked before any policy (SPEC §6).</summary>
internal interface ISessionConstraintGate
{
    /// <summary>The violation (403 with the rule and a hint), or null when the request is within the constraints.</summary>
    Failure? Check(SessionConstraintSettings constraints, TransactionIntent intent);
}
