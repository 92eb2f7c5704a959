#include "DomainTypes.h"

namespace codemie {

bool UserRecord::operator==(const UserRecord &o) const
{
    return id == o.id && username == o.username && email == o.email && name == o.name &&
           userType == o.userType && authSource == o.authSource && isActive == o.isActive &&
           isAdmin == o.isAdmin && isMaintainer == o.isMaintainer &&
           emailVerified == o.emailVerified && projectLimit == o.projectLimit &&
           deletedAt == o.deletedAt && updated == o.updated;
}

} // namespace codemie
